package app.atelier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer <token>}. Not a bean: only the API chain uses it. */
class BearerTokenFilter extends OncePerRequestFilter {
    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy contexts;

    /** {@code contexts}: this application's strategy, the one its authorization filter reads (not a global). */
    BearerTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.authenticate(header.substring(7).strip()).ifPresent(bearer -> {
                var authentication = UsernamePasswordAuthenticationToken.authenticated(bearer.user(), null,
                        bearer.user().getAuthorities());
                authentication.setDetails(new ApiTokenDetails(bearer.tokenId())); // event streams close with it
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(authentication);
                contexts.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
