package app.atelier.access;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invite link to a board with a role. Only a hash of its token is stored: the link itself is shown once, to the
 * facilitator who creates it.
 */
@Document("invites")
public class Invite {
    @Id
    private String id;
    @Indexed
    private String boardId;
    private Role role;
    @Indexed(unique = true)
    private String tokenHash;
    private String createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;

    protected Invite() {
    }

    Invite(String boardId, Role role, String tokenHash, String createdBy, Instant createdAt, Instant expiresAt) {
        this.boardId = boardId;
        this.role = role;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public String getId() {
        return id;
    }

    public String getBoardId() {
        return boardId;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }
}
