package app.atelier.workspace;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A place in a workspace kept for an e-mail that has no account yet: its owner takes it with that role when they
 * first sign in (sign-up or single sign-on). One per workspace and e-mail: the id is {@code workspaceId/email}.
 */
@Document("workspace_invitations")
public record WorkspaceInvitation(@Id String id, @Indexed String workspaceId, @Indexed String email,
                                  WorkspaceRole role, String invitedBy, Instant invitedAt) {
    static String key(String workspaceId, String email) {
        return workspaceId + "/" + email;
    }
}
