package app.atelier.security;

import app.atelier.base.LimitReachedException;
import app.atelier.base.NotFoundException;
import app.atelier.base.SecurityLog;
import app.atelier.base.UserText;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: created and revoked by their owner; the secret is returned once and never stored. An account
 * holds at most {@code atelier.tokens.max-active} (20) unrevoked tokens and creates at most
 * {@code atelier.rate.tokens-per-hour} (10) an hour, whichever way it asks (UI or API).
 */
@Service
public class ApiTokenService {
    /** Recognisable in logs and secret scanners; the rest is 256 random bits. */
    public static final String PREFIX = "atl_";
    private static final int MAX_NAME = 60;

    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxActive;

    ApiTokenService(ApiTokenRepository tokens, AccountService accounts, RateLimits limits,
                    ApplicationEventPublisher events, Clock clock,
                    @Value("${atelier.tokens.max-active:20}") int maxActive) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
        this.maxActive = maxActive;
    }

    public record NewToken(ApiToken token, String secret) {
    }

    /** A bearer secret that holds: its token's id and its account. */
    public record Bearer(String tokenId, AtelierUser user) {
    }

    public NewToken create(AtelierUser owner, String name) {
        String clean = UserText.required("name", name, MAX_NAME, "error.token.name", "error.token.name");
        // the count first: a refused request must not use up the hourly allowance
        if (list(owner).stream().filter(t -> !t.isRevoked()).count() >= maxActive) {
            SecurityLog.event("denied.token", owner.id(), "active tokens at the limit of " + maxActive);
            throw new LimitReachedException("error.tokens.maxActive", maxActive);
        }
        limits.tokenCreated(owner.id());
        String secret = PREFIX + Secrets.newSecret();
        ApiToken token = tokens.insert(new ApiToken(owner.id(), clean, Secrets.hash(secret), clock.instant()));
        SecurityLog.event("token.created", owner.id(), "token=" + token.getId());
        return new NewToken(token, secret);
    }

    public List<ApiToken> list(AtelierUser owner) {
        return tokens.findByUserIdOrderByCreatedAtDesc(owner.id());
    }

    public void revoke(AtelierUser owner, String tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId().equals(owner.id()))
                .orElseThrow(() -> new NotFoundException("error.token.notFound"));
        token.revoke(clock.instant());
        tokens.save(token);
        SecurityLog.event("token.revoked", owner.id(), "token=" + tokenId);
        events.publishEvent(new ApiTokenRevoked(tokenId, owner.id()));
    }

    /** The token and account behind a bearer secret, if the token exists and is not revoked. */
    public Optional<Bearer> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.hash(secret)).filter(t -> !t.isRevoked())
                .flatMap(t -> accounts.findById(t.getUserId()).map(user -> new Bearer(t.getId(), user)));
    }

    /**
     * Which of these tokens still authenticate: not revoked, not deleted, their account still there. One query by id
     * for the tokens and one for their accounts, however many are asked about.
     */
    public Set<String> stillValid(Collection<String> tokenIds) {
        List<ApiToken> unrevoked = tokens.findAllById(Set.copyOf(tokenIds)).stream().filter(t -> !t.isRevoked())
                .toList();
        if (unrevoked.isEmpty()) {
            return Set.of();
        }
        Set<String> owners = accounts.existing(unrevoked.stream().map(ApiToken::getUserId).collect(Collectors.toSet()));
        return unrevoked.stream().filter(t -> owners.contains(t.getUserId())).map(ApiToken::getId)
                .collect(Collectors.toSet());
    }
}
