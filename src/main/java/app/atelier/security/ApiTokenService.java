package app.atelier.security;

import app.atelier.access.Secrets;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.base.SecurityLog;
import app.atelier.base.UserText;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Personal API tokens: created and revoked by their owner; the secret is returned once and never stored. */
@Service
public class ApiTokenService {
    /** Recognisable in logs and secret scanners; the rest is 256 random bits. */
    public static final String PREFIX = "atl_";

    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AccountService accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    public record NewToken(ApiToken token, String secret) {
    }

    public NewToken create(AtelierUser owner, String name) {
        String clean = UserText.clean(name);
        if (clean == null || clean.isEmpty() || clean.length() > 60) {
            throw new InvalidInputException("name", "error.token.name", 60);
        }
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
    }

    /** The account behind a bearer secret, if the token exists and is not revoked. */
    public Optional<AtelierUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.hash(secret)).filter(t -> !t.isRevoked())
                .flatMap(t -> accounts.findById(t.getUserId()));
    }
}
