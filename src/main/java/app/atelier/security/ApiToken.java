package app.atelier.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A personal API token: sent as {@code Authorization: Bearer}, shown once, stored only as a hash. */
@Document("api_tokens")
public class ApiToken {
    @Id
    private String id;
    @Indexed
    private String userId;
    private String name;
    @Indexed(unique = true)
    private String tokenHash;
    private Instant createdAt;
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(String userId, String name, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }
}
