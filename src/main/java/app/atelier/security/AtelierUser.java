package app.atelier.security;

import app.atelier.base.SignedInPerson;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security knows them. */
public record AtelierUser(String id, String email, String displayName, String passwordHash, boolean admin)
        implements UserDetails, SignedInPerson {

    static AtelierUser of(UserAccount account) {
        return new AtelierUser(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getPasswordHash(), account.isAdmin());
    }

    public Actor actor() {
        return Actor.account(id, displayName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** Never print the hash. */
    @Override
    public String toString() {
        return "AtelierUser[" + id + ", " + email + "]";
    }
}
