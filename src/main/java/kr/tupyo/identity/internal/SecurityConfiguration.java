package kr.tupyo.identity.internal;

import java.util.List;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.IdentityAuditEvent;
import kr.tupyo.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three doors. The token endpoint takes HTTP Basic (to get a first token) or a token; the rest of the
 * API takes only Bearer tokens; pages use a session from the sign-in form, with CSRF protection.
 * Which role may do what is declared on each handler with {@code @RolesAllowed}; here every path
 * that is not public needs an authenticated caller.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; font-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private static final String[] STATIC = {"/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
            "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * No observation of Spring Security's filters, authentication or authorization: with observations
     * merely disabled by property the filter chain is still wrapped in observing decorators, ≈ 2 % of the
     * server's CPU under early voting's load (docs/benchmarks.md, session 6). HTTP request metrics stay.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http, ProblemSecurityResponses problems,
                                      PasswordAuthenticationProvider passwords, StaffTokens tokens,
                                      AuditLog audit) throws Exception {
        return api(http.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**"), problems, tokens, audit, List.of())
                // Its own manager without a parent: a failed attempt is checked (and counted) once.
                .authenticationManager(new ProviderManager(passwords))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiEndpoints(HttpSecurity http, ProblemSecurityResponses problems, StaffTokens tokens,
                                     AuditLog audit, List<PublicPaths> publicPaths) throws Exception {
        return api(http.securityMatcher("/api/**", "/actuator/**"), problems, tokens, audit, publicPaths)
                .build();
    }

    private static HttpSecurity api(HttpSecurity http, ProblemSecurityResponses problems, StaffTokens tokens,
                                    AuditLog audit, List<PublicPaths> publicPaths) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // no cookies: a token must be presented on every request
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, audit, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)))
                .authorizeHttpRequests(auth -> {
                    publicPaths.forEach(p -> auth.requestMatchers(p.patterns().toArray(String[]::new)).permitAll());
                    auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "OBSERVER")
                            .anyRequest().authenticated();
                });
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, PasswordAuthenticationProvider passwords, AuditLog audit,
                              PasswordChangeRequired passwordChange, List<PublicPaths> publicPaths) throws Exception {
        return http
                .authenticationManager(new ProviderManager(passwords))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(passwordChange)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof PasswordAuthenticationProvider.SignInThrottledException
                                ? "/login?throttled" : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null) {
                                audit.recordAs(auth.getName(), IdentityAuditEvent.SIGNED_OUT,
                                        "account:" + auth.getName(), AuditOutcome.SUCCESS, java.util.Map.of());
                            }
                        })
                        .logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(e -> e.accessDeniedHandler(new WebAccessDenied(audit)))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> {
                    publicPaths.forEach(p -> auth.requestMatchers(p.patterns().toArray(String[]::new)).permitAll());
                    // The sign-in page with any query (?error, ?throttled, ?signedOut, ?lang=en): formLogin's
                    // permitAll() matches "/login" only without a query string.
                    auth.requestMatchers(STATIC).permitAll()
                            .requestMatchers(org.springframework.http.HttpMethod.GET, "/login").permitAll()
                            .anyRequest().authenticated();
                })
                .build();
    }
}
