package id.timpora.infrastructure.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** No inline script or style anywhere: every asset is served by the app itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(self), payment=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AccessDeniedHandler accessDeniedHandler, SignInThrottle signInThrottle)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/geo/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                // the public report form and its status page (#14), and the region picker they use
                                "/lapor",
                                "/lapor/**",
                                "/wilayah/pemilih",
                                "/wilayah/cari")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(new SignInFailureHandler())
                        .successHandler(new SignInSuccessHandler()))
                .addFilterBefore(new SignInThrottleFilter(signInThrottle), UsernamePasswordAuthenticationFilter.class)
                // partners reach only their allow-list; anything else is 404 (#13)
                .addFilterBefore(new PartnerAllowList(), AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler(accessDeniedHandler)
                        .authenticationEntryPoint(new HtmxAwareEntryPoint()))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("TIMPORA_SESSION"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        return http.build();
    }

    /**
     * Requests the firewall refuses ({@code //} or {@code ;} in a path, encoded slashes...) never reach the filter that
     * writes the security headers: they get them here, with a plain 400.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        HeaderWriter[] writers = {
            new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            new XContentTypeOptionsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN),
            new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY),
            new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"),
            new StaticHeadersWriter("Cache-Control", "no-store")
        };
        return (request, response, rejected) -> {
            for (HeaderWriter writer : writers) {
                writer.writeHeaders(request, response);
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    /**
     * The password is checked first; only then is a locked or deactivated account told so. A wrong password gets the
     * same answer whether the account exists, is locked or is deactivated.
     */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
        // No user name holds a NUL byte; the database would refuse even to look one up.
        UserDetailsService lookup = username -> {
            if (username.indexOf('\u0000') >= 0) {
                throw new UsernameNotFoundException("unknown user");
            }
            return users.loadUserByUsername(username);
        };
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(lookup);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(afterThePassword());
        return provider;
    }

    private static UserDetailsChecker afterThePassword() {
        return user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
            if (!user.isAccountNonExpired()) {
                throw new AccountExpiredException("expired");
            }
            if (!user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("credentials expired");
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }
}
