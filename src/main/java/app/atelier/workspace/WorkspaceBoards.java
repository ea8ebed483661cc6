package app.atelier.workspace;

import app.atelier.security.Actor;
import java.time.Instant;
import java.util.List;

/** The boards of a workspace, as the board module answers for its admin (this module knows no board). */
public interface WorkspaceBoards {
    /** Every board of the workspace, newest first, with {@code viewer}'s role on each (null: not on it). */
    List<Summary> boardsIn(String workspaceId, Actor viewer);

    /** Makes {@code person} a facilitator of the board if it belongs to the workspace; false when it does not. */
    boolean addFacilitator(String workspaceId, String boardId, Actor person);

    record Summary(String id, String title, Instant createdAt, List<String> facilitators, String viewerRole) {
    }
}
