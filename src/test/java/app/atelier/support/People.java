package app.atelier.support;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.security.AccountService;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Real people for tests: accounts created through sign-up, guests who joined through real invite links. */
@Component
public class People {
    public static final String PASSWORD = "correct horse battery";

    private final AccountService accounts;
    private final AccessService access;

    People(AccountService accounts, AccessService access) {
        this.accounts = accounts;
        this.access = access;
    }

    public AtelierUser account(String name) {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(email, name, PASSWORD);
        return accounts.loadUserByUsername(email);
    }

    /** A guest who joined {@code boardId} with {@code role} through a link the facilitator created. */
    public Actor guest(Actor facilitator, String boardId, Role role, String name) {
        Actor guest = access.createGuest(name).actor();
        access.join(secretOf(access.createInvite(facilitator, boardId, role, null).url()), guest);
        return guest;
    }

    /** An account that joined {@code boardId} with {@code role} through a link. */
    public AtelierUser member(Actor facilitator, String boardId, Role role, String name) {
        AtelierUser user = account(name);
        join(facilitator, boardId, role, user.actor());
        return user;
    }

    /** Someone who already exists joins {@code boardId} with {@code role} through a link the facilitator created. */
    public void join(Actor facilitator, String boardId, Role role, Actor person) {
        access.join(secretOf(access.createInvite(facilitator, boardId, role, null).url()), person);
    }

    public static String secretOf(String inviteUrl) {
        return inviteUrl.substring(inviteUrl.lastIndexOf('/') + 1);
    }

    public static Authentication authentication(AtelierUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
