package app.atelier.security;

import app.atelier.base.RateLimitedException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops the sign-in form's POST while the account or the address is in back-off: the password is not even checked.
 * Failures are counted by {@link SignInAttempts}.
 */
class SignInLimitFilter extends OncePerRequestFilter {
    private final RateLimits limits;

    SignInLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limits.checkSignIn(request.getParameter("username"), request.getRemoteAddr());
        } catch (RateLimitedException e) {
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            response.sendRedirect(request.getContextPath() + "/login?blocked=" + e.retryAfterSeconds());
            return;
        }
        chain.doFilter(request, response);
    }
}
