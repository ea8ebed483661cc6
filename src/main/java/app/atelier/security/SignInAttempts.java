package app.atelier.security;

import app.atelier.base.SecurityLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts and logs the sign-in form's failures (Spring Security publishes one event per attempt). */
@Component
class SignInAttempts {
    private final RateLimits limits;

    SignInAttempts(RateLimits limits) {
        this.limits = limits;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String email = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        limits.signInFailed(email, address);
        SecurityLog.event("signin.failed", email, "address=" + address);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // a single sign-on is logged once it became an account, with its provider (see SingleSignOn)
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && !(event.getAuthentication() instanceof OAuth2AuthenticationToken)) {
            SecurityLog.event("signin.ok", event.getAuthentication().getName(), "address=" + details.getRemoteAddress());
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "-";
    }
}
