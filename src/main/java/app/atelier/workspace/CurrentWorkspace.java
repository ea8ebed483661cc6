package app.atelier.workspace;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The workspace a person last chose to work in, kept across devices and sign-ins. The id is the account's. */
@Document("current_workspaces")
record CurrentWorkspace(@Id String accountId, String workspaceId) {
}
