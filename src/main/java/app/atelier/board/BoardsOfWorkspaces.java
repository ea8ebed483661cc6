package app.atelier.board;

import app.atelier.access.AccessService;
import app.atelier.access.Membership;
import app.atelier.access.Role;
import app.atelier.base.store.StoreUpgrade;
import app.atelier.board.internal.BoardRepository;
import app.atelier.security.Actor;
import app.atelier.workspace.WorkspaceBoards;
import app.atelier.workspace.WorkspaceMemberRemoved;
import app.atelier.workspace.WorkspaceService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The boards' side of workspaces: what a workspace admin sees of its boards, a person leaving a workspace leaving
 * its boards, and the boards made before workspaces moving into the default one. The workspace service checked who
 * asks before calling here.
 */
@Component
class BoardsOfWorkspaces implements WorkspaceBoards, StoreUpgrade {
    private final BoardRepository boards;
    private final AccessService access;
    private final MongoTemplate mongo;

    BoardsOfWorkspaces(BoardRepository boards, AccessService access, MongoTemplate mongo) {
        this.boards = boards;
        this.access = access;
        this.mongo = mongo;
    }

    @Override
    public List<Summary> boardsIn(String workspaceId, Actor viewer) {
        List<Board> theirs = boards.findByWorkspaceIdOrderByCreatedAtDesc(workspaceId);
        Map<String, List<Membership>> members = access.membersOf(theirs.stream().map(Board::getId).toList())
                .stream().collect(Collectors.groupingBy(Membership::getBoardId));
        return theirs.stream().map(board -> {
            List<Membership> on = members.getOrDefault(board.getId(), List.of());
            List<String> facilitators = on.stream().filter(m -> m.getRole() == Role.FACILITATOR)
                    .map(Membership::getMemberName).toList();
            String viewerRole = on.stream().filter(m -> m.getMemberId().equals(viewer.id())).findFirst()
                    .map(m -> m.getRole().id()).orElse(null);
            return new Summary(board.getId(), board.getTitle(), board.getCreatedAt(), facilitators, viewerRole);
        }).toList();
    }

    @Override
    public boolean addFacilitator(String workspaceId, String boardId, Actor person) {
        boolean inWorkspace = boards.findById(boardId).map(b -> workspaceId.equals(b.getWorkspaceId())).orElse(false);
        if (inWorkspace) {
            access.addFacilitator(boardId, person);
        }
        return inWorkspace;
    }

    @EventListener
    void memberRemoved(WorkspaceMemberRemoved removed) {
        List<String> ids = boards.findByWorkspaceIdOrderByCreatedAtDesc(removed.workspaceId()).stream()
                .map(Board::getId).toList();
        access.leaveBoards(removed.accountId(), ids);
    }

    /** Boards made before workspaces existed belong to the default workspace. */
    @Override
    public void apply() {
        StoreUpgrade.fillMissing(mongo, Board.class, "workspaceId", WorkspaceService.DEFAULT_ID);
    }
}
