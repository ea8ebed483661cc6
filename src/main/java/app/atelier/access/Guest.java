package app.atelier.access;

import app.atelier.security.Actor;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Someone who joined through an invite link with only a display name. Their browser holds a secret cookie. */
@Document("guests")
public class Guest {
    @Id
    private String id;
    private String name;
    @Indexed(unique = true)
    private String secretHash;
    private Instant createdAt;

    protected Guest() {
    }

    Guest(String name, String secretHash, Instant createdAt) {
        this.name = name;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
    }

    public Actor actor() {
        return Actor.guest(id, name);
    }
}
