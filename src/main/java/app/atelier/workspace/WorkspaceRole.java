package app.atelier.workspace;

import java.util.Locale;

/** What a person may do in a workspace. */
public enum WorkspaceRole {
    /** Manages the members and sees every board of the workspace. */
    ADMIN,
    /** Creates boards and templates in it, sees the boards they belong to and the templates shared in it. */
    MEMBER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WorkspaceRole fromId(String id) {
        for (WorkspaceRole role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        return null;
    }
}
