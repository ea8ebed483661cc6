package app.atelier.board.internal;

import app.atelier.board.Board;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface BoardRepository extends MongoRepository<Board, String> {
    List<Board> findByIdInAndWorkspaceIdOrderByCreatedAtDesc(List<String> ids, String workspaceId);

    List<Board> findByIdInAndWorkspaceIdNotInOrderByCreatedAtDesc(List<String> ids, List<String> workspaceIds);

    List<Board> findByWorkspaceIdOrderByCreatedAtDesc(String workspaceId);
}
