package app.atelier.workspace;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person's place in a workspace. One per workspace and account: the id is {@code workspaceId/accountId}. */
@Document("workspace_members")
public record WorkspaceMember(@Id String id, @Indexed String workspaceId, @Indexed String accountId, String name,
                              String email, WorkspaceRole role, Instant joinedAt) {
    static String key(String workspaceId, String accountId) {
        return workspaceId + "/" + accountId;
    }

    WorkspaceMember withRole(WorkspaceRole newRole) {
        return new WorkspaceMember(id, workspaceId, accountId, name, email, newRole, joinedAt);
    }
}
