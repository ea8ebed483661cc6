package app.atelier.access;

import java.util.Locale;

/** What a person may do on one board. */
public enum Role {
    /** Everything, including inviting people and managing roles. */
    FACILITATOR,
    /** Adds cards; edits, moves and deletes their own. */
    PARTICIPANT,
    /** Sees everything, changes nothing (the leader who exports later). */
    OBSERVER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromId(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        return null;
    }

    public boolean canWrite() {
        return this != OBSERVER;
    }
}
