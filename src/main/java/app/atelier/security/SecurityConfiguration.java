package app.atelier.security;

import app.atelier.base.api.ApiError;
import app.atelier.base.api.ApiErrorResponses;
import app.atelier.base.api.ApiExceptionHandler;
import app.atelier.security.ui.LoginView;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains: the health probes (anonymous, nothing else of the actuator), the JSON API (stateless, personal
 * bearer tokens, JSON 401s) and the web app (sessions, the sign-in page, Vaadin's view access annotations). What a
 * person may do on a board is decided in the services, not here: these chains only establish who is calling.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {
    /**
     * A CSP that Vaadin works with: its bootstrap uses inline scripts and its client evaluates server-sent
     * JavaScript; styles are injected inline. Everything else stays on this origin, and nobody may frame us.
     * {@code connect-src 'self'} covers the push WebSocket too (CSP Level 3: same-origin ws: and wss:).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with an {id} prefix so the hashing can be upgraded without locking anyone out
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, I18NProvider i18n,
                                 ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/auth/token").permitAll()
                        .anyRequest().authenticated())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BearerTokenFilter(tokens,
                        contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                            i18n.getTranslation("error.api.unauthorized", ApiExceptionHandler.supported(request.getLocale())));
                }).accessDeniedHandler((request, response, failure) -> writeError(response,
                        HttpServletResponse.SC_FORBIDDEN, "forbidden",
                        i18n.getTranslation("error.access.denied", ApiExceptionHandler.supported(request.getLocale())))))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * The liveness and readiness probes, for anyone (load balancers do not sign in) and without a session; the
     * metrics for a scraper holding {@code atelier.metrics.token}; the rest of the actuator stays shut.
     */
    @Bean
    @Order(0)
    SecurityFilterChain probeChain(HttpSecurity http, ScrapeToken scrapeToken) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/actuator/health/liveness",
                        "/actuator/health/readiness").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").access((who, request) ->
                                new AuthorizationDecision(scrapeToken.presentedBy(request.getRequest())))
                        .anyRequest().denyAll());
        return statelessElseNotFound(http).build();
    }

    /**
     * Crowd mode's phones: the phone page, its assets and its socket, for anyone with the code (no account, no
     * session: a phone proves who it is with the secret it keeps, on the socket).
     */
    @Bean
    @Order(1)
    SecurityFilterChain crowdChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/crowd/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/crowd/**").permitAll()
                        .anyRequest().denyAll());
        return statelessElseNotFound(http).build();
    }

    /**
     * A chain for callers that never sign in here (probes, scrapers, phones): no session, no CSRF, no saved request,
     * and a plain 404 for whatever it refuses (an error page would send the caller to the sign-in page).
     */
    private static HttpSecurity statelessElseNotFound(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
                .headers(SecurityConfiguration::headers);
    }

    /**
     * Requests the firewall refuses (";" parameters, encoded "/", "." or "%", "//", control characters): a 400 written
     * at once, an {@link ApiError} on the API, instead of Boot's error page (which sent them to the sign-in page).
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            if (response.isCommitted()) {
                return;
            }
            if (ApiErrorResponses.isApiPath(request.getRequestURI())) {
                ApiErrorResponses.write(response, ApiError.of(HttpServletResponse.SC_BAD_REQUEST));
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Bad request\n");
            }
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, RateLimits limits, SingleSignOn sso) throws Exception {
        // the images on board pages check who asks themselves (accounts and guests, who are not signed in); a calendar
        // feed's secret URL is its own credential (calendar programs sign in nowhere), as a board page's card feed's
        // ticket is (guests are not signed in); the API's documentation is for
        // anyone signed in (an account, not a guest)
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles.css").permitAll()
                .requestMatchers(HttpMethod.GET, "/board-images/**", "/calendar/**", "/canvas-feed/*").permitAll()
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**").authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        sso.configure(http);
        http.addFilterBefore(new SignInLimitFilter(limits), UsernamePasswordAuthenticationFilter.class);
        http.headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    private static void writeError(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        ApiErrorResponses.write(response, new ApiError(status, code, message, null, null));
    }
}
