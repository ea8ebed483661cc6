package app.atelier.workspace;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A workspace. {@code seeded}: only the default workspace uses it, set once the accounts that existed before
 * workspaces were seated in it (see {@link WorkspaceSeating}).
 */
@Document("workspaces")
public record Workspace(@Id String id, String name, String createdBy, Instant createdAt, boolean seeded) {
    Workspace renamed(String newName) {
        return new Workspace(id, newName, createdBy, createdAt, seeded);
    }
}
