package app.atelier.workspace;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface WorkspaceRepository extends MongoRepository<Workspace, String> {
}

interface WorkspaceMemberRepository extends MongoRepository<WorkspaceMember, String> {
    List<WorkspaceMember> findByAccountId(String accountId);

    List<WorkspaceMember> findByWorkspaceIdOrderByJoinedAtAsc(String workspaceId);

    boolean existsByWorkspaceIdAndRole(String workspaceId, WorkspaceRole role);
}

interface CurrentWorkspaceRepository extends MongoRepository<CurrentWorkspace, String> {
}

interface WorkspaceInvitationRepository extends MongoRepository<WorkspaceInvitation, String> {
    List<WorkspaceInvitation> findByEmail(String email);

    List<WorkspaceInvitation> findByWorkspaceIdOrderByInvitedAtAsc(String workspaceId);
}
