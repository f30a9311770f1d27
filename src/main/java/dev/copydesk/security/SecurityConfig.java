package dev.copydesk.security;

import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import dev.copydesk.security.LoginThrottleFilter.Source;
import dev.copydesk.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains: stateless HTTP Basic for the REST API, and Vaadin's own set-up (form login,
 * CSRF, deny-by-default navigation) for the UI. Method security guards every service call either way.
 * Both chains throttle failed logins per user name before any password is hashed.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new JsonAuthenticationEntryPoint()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new JsonAuthenticationEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new LoginThrottleFilter(throttle, Source.HTTP_BASIC), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // After Vaadin's configurer: set up earlier, form login would initialise first and serve Spring's generated
        // login page. Vaadin's login view keeps a failure handler that is already set.
        http.formLogin(form -> form.failureHandler(loginFailure()));
        return http.addFilterBefore(new LoginThrottleFilter(throttle, Source.LOGIN_FORM),
                        UsernamePasswordAuthenticationFilter.class)
                .build();
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
