package app.atelier.workspace;

/**
 * A Spring application event, published in the removing thread: the person left the workspace, so they leave its
 * boards too (the board module follows).
 */
public record WorkspaceMemberRemoved(String workspaceId, String accountId) {
}
