package kr.tupyo.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The 한국어/English links of the page shell keep the page and its query (a sign-in error, a
 * filter) and only change {@code lang}.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        // @RestController is a @Controller too: the API renders no page shell, and early voting's
        // terminals call it hundreds of times a second.
        if (request.getRequestURI().startsWith("/api/")) {
            return links;
        }
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
