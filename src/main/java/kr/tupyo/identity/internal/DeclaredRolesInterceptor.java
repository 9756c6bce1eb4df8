package kr.tupyo.identity.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces a handler's {@code @RolesAllowed} before its arguments are read, so that a caller without
 * the role learns nothing from validation errors or conversion failures; method security on the
 * same annotation stays as the second line.
 */
@Component
class DeclaredRolesInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (AnnotatedElementUtils.hasAnnotation(method.getMethod(), PermitAll.class)) {
            return true;
        }
        RolesAllowed onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RolesAllowed.class);
        RolesAllowed roles = onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RolesAllowed.class);
        if (roles == null) {
            return true;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean granted = auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> Arrays.stream(roles.value()).anyMatch(r -> a.getAuthority().equals("ROLE_" + r)));
        if (!granted) {
            throw new AccessDeniedException("role not allowed");
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }
}
