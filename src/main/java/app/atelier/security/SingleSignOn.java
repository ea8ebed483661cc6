package app.atelier.security;

import app.atelier.base.SecurityLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with OpenID Connect providers configured the Spring way
 * ({@code spring.security.oauth2.client.registration.<id>.*}, {@code ...provider.<id>.issuer-uri}). The provider
 * vouches for an e-mail; the person signs in as the account with that e-mail, or, with
 * {@code atelier.sso.auto-create} and a domain in {@code atelier.sso.allowed-domains}, as a new account (without a
 * password). Anyone else is refused. Once signed on, the person is an {@link AtelierUser} like any other.
 */
@Component
public class SingleSignOn {
    /** A provider to offer on the sign-in page: {@code /oauth2/authorization/{id}} starts its sign-on. */
    public record Provider(String id, String name) {
        public String startPath() {
            return "oauth2/authorization/" + id;
        }
    }

    /** Why a sign-on was refused when the provider vouched for no e-mail: the sign-in page says so apart. */
    private static final String UNVERIFIED = "no verified e-mail";

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final AccountService accounts;
    private final boolean autoCreate;
    private final Set<String> allowedDomains;
    private final OidcUserService provider = new OidcUserService();
    private final SimpleUrlAuthenticationFailureHandler refusal = new SimpleUrlAuthenticationFailureHandler(
            "/login?error=sso");
    private final SimpleUrlAuthenticationFailureHandler unverified = new SimpleUrlAuthenticationFailureHandler(
            "/login?error=sso-unverified");

    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, AccountService accounts,
                 @Value("${atelier.sso.auto-create:false}") boolean autoCreate,
                 @Value("${atelier.sso.allowed-domains:}") List<String> allowedDomains) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.autoCreate = autoCreate;
        this.allowedDomains = allowedDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty()).collect(Collectors.toSet());
    }

    /** The configured providers, in configuration order (none: no single sign-on). */
    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration r = (ClientRegistration) registration;
                providers.add(new Provider(r.getRegistrationId(), r.getClientName()));
            }
        }
        return providers;
    }

    /** Adds the sign-on to the web's chain when a provider is configured. */
    void configure(HttpSecurity http) throws Exception {
        if (registrations.getIfAvailable() == null) {
            return;
        }
        Customizer<OAuth2LoginConfigurer<HttpSecurity>> login = oauth -> oauth.loginPage("/login")
                .userInfoEndpoint(info -> info.oidcUserService(this::loadUser))
                .successHandler(this::signedOn)
                .failureHandler(this::refusedSignOn);
        http.oauth2Login(login);
    }

    /** The provider's person, checked against the accounts: refused unless an account is theirs or may be made. */
    private OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        String email = person.getEmail();
        String via = request.getClientRegistration().getRegistrationId();
        if (email == null || Boolean.FALSE.equals(person.getEmailVerified())) {
            SecurityLog.event("signin.refused", person.getSubject(), "via=oidc:" + via + " reason=no verified e-mail");
            throw refused(UNVERIFIED);
        }
        AtelierUser account = accounts.signedOn(email, person.getFullName(), autoCreate && allowed(email))
                .orElseThrow(() -> {
                    SecurityLog.event("signin.refused", email, "via=oidc:" + via + " reason=no account");
                    return refused("no account for this e-mail");
                });
        return new DefaultOidcUser(account.getAuthorities(), person.getIdToken(), person.getUserInfo(), "email");
    }

    private boolean allowed(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return allowedDomains.contains(domain);
    }

    /** From here on the person is their account, as after a password sign-in (the rest of Atelier knows no other). */
    private void signedOn(HttpServletRequest request, HttpServletResponse response, Authentication sso)
            throws IOException, ServletException {
        String email = ((OidcUser) sso.getPrincipal()).getEmail();
        AtelierUser user = accounts.signedOn(email, null, false).orElseThrow();
        SecurityLog.event("signin.ok", user.id(), "address=" + request.getRemoteAddr() + " via=oidc:"
                + ((OAuth2AuthenticationToken) sso).getAuthorizedClientRegistrationId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        new SavedRequestAwareAuthenticationSuccessHandler().onAuthenticationSuccess(request, response,
                context.getAuthentication());
    }

    /** Back to the sign-in page, which says why; the log says what the provider or Atelier objected. */
    private void refusedSignOn(HttpServletRequest request, HttpServletResponse response,
                               AuthenticationException failure) throws IOException, ServletException {
        SecurityLog.event("signin.refused", "", "address=" + request.getRemoteAddr() + " via=oidc reason="
                + failure.getMessage());
        boolean noEmail = failure instanceof OAuth2AuthenticationException oauth
                && UNVERIFIED.equals(oauth.getError().getDescription());
        (noEmail ? unverified : refusal).onAuthenticationFailure(request, response, failure);
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
    }
}
