package kr.tupyo.identity.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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

    /** What a handler method declares, resolved once per method (annotations do not change at run time). */
    private record Declared(boolean permitAll, Set<String> authorities) {
    }

    private record Handler(Class<?> beanType, Method method) {
    }

    private final Map<Handler, Declared> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Declared declaration = declared.computeIfAbsent(new Handler(method.getBeanType(), method.getMethod()),
                h -> declaration(method));
        if (declaration.permitAll() || declaration.authorities() == null) {
            return true;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean granted = auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> declaration.authorities().contains(a.getAuthority()));
        if (!granted) {
            throw new AccessDeniedException("role not allowed");
        }
        return true;
    }

    private static Declared declaration(HandlerMethod method) {
        if (AnnotatedElementUtils.hasAnnotation(method.getMethod(), PermitAll.class)) {
            return new Declared(true, null);
        }
        RolesAllowed onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RolesAllowed.class);
        RolesAllowed roles = onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RolesAllowed.class);
        return new Declared(false, roles == null ? null
                : Arrays.stream(roles.value()).map(r -> "ROLE_" + r).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }
}
