package app.atelier.security;

/**
 * Whoever issues a command: a person with an account (facilitators, leaders) or a guest who joined a board through
 * an invite link. {@code id} is stable for that person across reloads and reconnects.
 */
public record Actor(String id, String name, Kind kind) implements java.io.Serializable {
    public enum Kind { ACCOUNT, GUEST }

    public static Actor account(String userId, String name) {
        return new Actor(userId, name, Kind.ACCOUNT);
    }

    public static Actor guest(String guestId, String name) {
        return new Actor(guestId, name, Kind.GUEST);
    }

    public boolean isAccount() {
        return kind == Kind.ACCOUNT;
    }
}
