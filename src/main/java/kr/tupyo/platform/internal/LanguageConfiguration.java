package kr.tupyo.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Korean and English. Pages follow the visitor's choice ({@code ?lang=en}, kept in a cookie), then
 * the browser's Accept-Language; API answers follow Accept-Language. Korean when nothing says.
 * Every module brings its own message bundles under {@code i18n/}; all are found here.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

    @Bean
    MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames().toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setCacheMillis(-1);
        return source;
    }

    /** {@code classpath:i18n/roll.properties, roll_ko.properties} → basename {@code classpath:i18n/roll}. */
    static TreeSet<String> bundleBasenames() throws IOException {
        TreeSet<String> basenames = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String name = resource.getFilename();
            if (name != null) {
                String base = name.substring(0, name.length() - ".properties".length()).replaceFirst("_(ko|en)$", "");
                basenames.add("classpath:i18n/" + base);
            }
        }
        return basenames;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("TUPYO_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(LanguageConfiguration::fromHeader);
        return resolver;
    }

    static Locale fromHeader(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.KOREAN;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH; // a foreign browser reads English better than Korean
    }

    /** {@code ?lang=ko|en}; any other value is ignored rather than switching to an untranslated locale. */
    static final class SupportedLanguageChangeInterceptor extends LocaleChangeInterceptor {
        SupportedLanguageChangeInterceptor() {
            setParamName("lang");
            setIgnoreInvalidLocale(true);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(value)).findFirst().orElse(null);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLanguageChangeInterceptor());
        registry.addInterceptor(new LanguageLinks());
    }
}
