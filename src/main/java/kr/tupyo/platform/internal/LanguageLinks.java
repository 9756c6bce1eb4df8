package kr.tupyo.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The 한국어/English links of the page shell keep the page and its query (a sign-in error, a
 * filter) and only change {@code lang}. Added after the handler, to pages only: an interceptor and not a
 * {@code @ControllerAdvice} model attribute, because Spring MVC checks an advice's applicability and runs
 * its model-attribute methods on every request, API requests included (≈ 5 % of the server's CPU when
 * early voting's terminals called it hundreds of times a second, docs/benchmarks.md session 6).
 */
class LanguageLinks implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || page.getView() instanceof RedirectView
                || page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return; // an API answer, or a redirect: no page shell
        }
        page.addObject("languageLinks", of(request));
    }

    static Map<String, String> of(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (var locale : LanguageConfiguration.SUPPORTED) {
            var uri = ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("lang", locale.getLanguage())
                    .replaceQueryParam("continue") // Spring Security's marker after a sign-in redirect
                    .build();
            links.put(locale.getLanguage(), uri.getPath() + "?" + uri.getQuery());
        }
        return links;
    }
}
