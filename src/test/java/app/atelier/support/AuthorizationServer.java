package app.atelier.support;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for single sign-on tests: Spring Authorization Server, started on its own port
 * (on 127.0.0.1, so its session cookie and the app's, on localhost, stay apart) with one client, {@code atelier},
 * allowed to send people back to the app at {@code appPort}. Its people sign in with their e-mail as user name;
 * their ID token carries that e-mail (verified) and their name.
 */
public final class AuthorizationServer implements AutoCloseable {
    /** Before a person's name: the provider does not vouch for their e-mail ({@code email_verified: false}). */
    public static final String UNVERIFIED = "unverified:";
    public static final String CLIENT_ID = "atelier";
    public static final String CLIENT_SECRET = "client-secret-for-tests";
    public static final String PASSWORD = "provider password";

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private AuthorizationServer(ConfigurableApplicationContext context, String issuer) {
        this.context = context;
        this.issuer = issuer;
    }

    /** Starts the provider; {@code people} maps each person's e-mail to their full name. */
    public static AuthorizationServer start(int appPort, Map<String, String> people) {
        int port = Node.freePort();
        String issuer = "http://127.0.0.1:" + port;
        String client = "spring.security.oauth2.authorizationserver.client.atelier.";
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.of("spring.config.name", "authorization-server", // not Atelier's properties
                        "server.port", port, "server.address", "127.0.0.1",
                        "spring.security.oauth2.authorizationserver.issuer", issuer))
                .properties(Map.of(client + "registration.client-id", CLIENT_ID,
                        client + "registration.client-secret", "{noop}" + CLIENT_SECRET,
                        client + "registration.client-authentication-methods", "client_secret_basic",
                        client + "registration.authorization-grant-types", "authorization_code",
                        client + "registration.redirect-uris", "http://localhost:" + appPort
                                + "/login/oauth2/code/company",
                        client + "registration.scopes", "openid,email,profile",
                        client + "require-authorization-consent", "false"))
                .properties(Map.of("atelier.test.provider-people", String.join(";", people.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList())))
                .run();
        return new AuthorizationServer(context, issuer);
    }

    public String issuer() {
        return issuer;
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's own application: only what an authorization server needs (not Atelier, not scanned). */
    @TestConfiguration(proxyBeanMethods = false)
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            JacksonAutoConfiguration.class, SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
            OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Provider {
        @Bean
        UserDetailsService providerPeople(org.springframework.core.env.Environment env) {
            InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();
            for (String person : env.getRequiredProperty("atelier.test.provider-people").split(";")) {
                people.createUser(User.withUsername(person.substring(0, person.indexOf('=')))
                        .password("{noop}" + PASSWORD).roles("USER").build());
            }
            return people;
        }

        /**
         * Both applications share this JVM and Spring Security's static holder, whose strategy Vaadin replaces when
         * Atelier starts (after this provider): the provider's filters and its code reading the static holder must
         * use the same one, so every call goes to whichever strategy is current.
         */
        @Bean
        SecurityContextHolderStrategy currentStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public Supplier<SecurityContext> getDeferredContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                    SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        /**
         * The ID token says who: the e-mail (verified: the provider vouches for it, unless the person's name is given
         * as {@code unverified:Name}) and the full name.
         */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> identityClaims(org.springframework.core.env.Environment env) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String email = context.getPrincipal().getName();
                    String name = java.util.Arrays.stream(env.getRequiredProperty("atelier.test.provider-people")
                            .split(";")).filter(p -> p.startsWith(email + "=")).findFirst().orElseThrow()
                            .substring(email.length() + 1);
                    boolean verified = !name.startsWith(UNVERIFIED);
                    context.getClaims().claim("email", email).claim("email_verified", verified)
                            .claim("name", verified ? name : name.substring(UNVERIFIED.length()));
                }
            };
        }
    }
}
