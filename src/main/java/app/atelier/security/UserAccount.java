package app.atelier.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A facilitator's or leader's account. The e-mail is unique (stored lower-case); the password only as a hash. */
@Document("users")
public class UserAccount {
    @Id
    private String id;
    @Indexed(unique = true)
    private String email;
    private String displayName;
    private String passwordHash;
    private boolean admin;
    private Instant createdAt;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash, boolean admin, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    /** The configured administrator's password and right, on an account that came without them (a restore). */
    void becomeConfiguredAdmin(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.admin = true;
    }
}
