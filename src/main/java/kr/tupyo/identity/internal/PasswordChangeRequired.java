package kr.tupyo.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * After a sign-in with a password someone else chose (the one-time first-start password, or an
 * administrator's reset), every page leads to the password change until it is done.
 */
@Component
public class PasswordChangeRequired extends SavedRequestAwareAuthenticationSuccessHandler
        implements HandlerInterceptor, WebMvcConfigurer {

    public static final String SESSION_FLAG = "tupyo.mustChangePassword";
    static final String CHANGE_PAGE = "/account/password";

    private final StaffAccounts accounts;

    PasswordChangeRequired(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, jakarta.servlet.ServletException {
        if (accounts.mustChangePassword(auth.getName())) {
            request.getSession().setAttribute(SESSION_FLAG, Boolean.TRUE);
            getRedirectStrategy().sendRedirect(request, response, CHANGE_PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SESSION_FLAG) == null
                || request.getRequestURI().startsWith("/api/") || request.getRequestURI().equals(CHANGE_PAGE)) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        return false;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/error", "/logout", "/vendor/**", "/css/**", "/js/**");
    }
}
