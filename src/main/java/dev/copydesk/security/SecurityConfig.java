package dev.copydesk.security;

import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import dev.copydesk.security.LoginThrottleFilter.Source;
import dev.copydesk.security.ui.LoginView;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: stateless HTTP Basic for the REST API, and Vaadin's own set-up (form login,
 * CSRF, deny-by-default navigation) for the UI. Method security guards every service call either way.
 * The API refuses requests that browsers mark as coming from another site, before authentication.
 * Both chains throttle failed logins per user name before any password is hashed, and send the same
 * hardening headers, with a Content-Security-Policy each: what Vaadin needs for pages, nothing for JSON.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * As strict as Vaadin Flow allows: its bootstrap page starts the client engine with an inline script, and the
     * engine builds functions from the JavaScript the server sends (executeJs, event data), hence 'unsafe-inline'
     * and 'unsafe-eval' for scripts; Lumo and the web components set inline styles. Everything else comes from
     * this origin only (Lumo's icons and fonts are data: URLs); the UIDL and heartbeat requests are same-origin.
     */
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** API answers are data, never documents: nothing may load or run in one (an HTML export, say). */
    static final String API_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /**
     * Actuator: health (with its liveness and readiness groups) is open, for the load balancer, and says only UP or
     * DOWN; everything else the actuator exposes (metrics) needs an admin, over HTTP Basic like the API.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return statelessBasic(http.securityMatcher("/actuator/**"), throttle)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/metrics", "/actuator/metrics/**").hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return statelessBasic(http.securityMatcher("/api/**"), throttle)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new CrossSiteApiFilter(), LoginThrottleFilter.class)
                .build();
    }

    /**
     * What the API and the actuator share: HTTP Basic answered in JSON, no session, no CSRF token (no cookie to
     * ride on), the data-only headers, and login throttling before the password is checked.
     */
    private static HttpSecurity statelessBasic(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint(new JsonAuthenticationEntryPoint()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new JsonAuthenticationEntryPoint())
                        .accessDeniedHandler((request, response, denied) -> {
                            // A refusal by URL (the actuator's paths) says so in the API's JSON, never an empty 403.
                            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                            response.setContentType("application/json");
                            response.getWriter().write("{\"error\":\"forbidden\",\"message\":\"Your role may not "
                                    + "use this address.\"}");
                        }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> hardened(headers, API_CSP))
                .addFilterBefore(new LoginThrottleFilter(throttle, Source.HTTP_BASIC), BasicAuthenticationFilter.class);
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // After Vaadin's configurer: set up earlier, form login would initialise first and serve Spring's generated
        // login page. Vaadin's login view keeps a failure handler that is already set.
        http.formLogin(form -> form.failureHandler(loginFailure()));
        http.headers(headers -> hardened(headers, UI_CSP));
        return http.addFilterBefore(new LoginThrottleFilter(throttle, Source.LOGIN_FORM),
                        UsernamePasswordAuthenticationFilter.class)
                .build();
    }

    /**
     * Also on by default, spelt out because they are the point: X-Content-Type-Options nosniff and
     * X-Frame-Options DENY (frame-ancestors for older browsers). Same-origin referrers keep story URLs in the
     * app without stripping the Origin header of the app's own requests. HSTS goes out on HTTPS requests,
     * including those a TLS proxy forwards when copydesk.behind-tls-proxy is on.
     */
    private static void hardened(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        // Written before the request goes on, not when the response commits: Vaadin's bootstrap page is written
        // in a way that never triggers the commit hook, so it would get none of them (and its own SAMEORIGIN).
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }

    /** Wrong credentials back to the login view's error; a login refused as busy gets the 429 page. */
    private static AuthenticationFailureHandler loginFailure() {
        var toLoginError = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException busy) {
                TooManyAttempts.page(response, busy.getMessage(), busy.retryAfterSeconds());
            } else {
                toLoginError.onAuthenticationFailure(request, response, e);
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                BoundedPasswordEncoder.defaultConcurrency(), Duration.ofSeconds(5));
    }
}
