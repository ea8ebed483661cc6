package app.atelier.access;

import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import app.atelier.security.RateLimits;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is using this browser: the signed-in account, else the guest this browser became through an invite link.
 * A guest's browser keeps a secret in an HttpOnly cookie, so they stay the same person across reloads,
 * reconnects and new sessions of that browser.
 */
@Component
public class CurrentActor {
    public static final String GUEST_COOKIE = "atelier_guest";
    private static final String SESSION_KEY = "atelier.guest";
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(180);

    private final AuthenticationContext authentication;
    private final AccessService access;
    private final RateLimits limits;

    CurrentActor(AuthenticationContext authentication, AccessService access, RateLimits limits) {
        this.authentication = authentication;
        this.access = access;
        this.limits = limits;
    }

    public Optional<Actor> get() {
        Optional<AtelierUser> user = authentication.getAuthenticatedUser(AtelierUser.class);
        if (user.isPresent()) {
            return Optional.of(user.get().actor());
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Actor guest = (Actor) session.getAttribute(SESSION_KEY);
        if (guest == null) {
            guest = guestFromCookie().orElse(null);
            session.setAttribute(SESSION_KEY, guest);
        }
        return Optional.ofNullable(guest);
    }

    public Optional<AtelierUser> account() {
        return authentication.getAuthenticatedUser(AtelierUser.class);
    }

    /**
     * Makes this browser a guest with that display name (validated by the service). Guests per network address are
     * limited: dropping the cookie and joining again must not buy a fresh card allowance again and again.
     */
    public Actor becomeGuest(String name) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        limits.guestCreated(address == null ? "unknown" : address);
        AccessService.NewGuest guest = access.createGuest(name);
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, guest.actor());
        if (VaadinResponse.getCurrent() != null) {
            Cookie cookie = new Cookie(GUEST_COOKIE, guest.secret());
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
            cookie.setSecure(VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().isSecure());
            cookie.setAttribute("SameSite", "Lax");
            VaadinResponse.getCurrent().addCookie(cookie);
        }
        return guest.actor();
    }

    private Optional<Actor> guestFromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? Optional.empty() : guestOf(request.getCookies());
    }

    /**
     * Who sent a plain HTTP request outside Vaadin (an image a board page fetches): the signed-in account, else the
     * guest whose cookie it carries.
     */
    public Optional<Actor> of(HttpServletRequest request) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof AtelierUser user) {
            return Optional.of(user.actor());
        }
        return guestOf(request.getCookies());
    }

    private Optional<Actor> guestOf(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> GUEST_COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> access.guestBySecret(c.getValue()));
    }
}
