package app.atelier.board.internal;

import app.atelier.board.Board;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface BoardRepository extends MongoRepository<Board, String> {
    List<Board> findByIdInOrderByCreatedAtDesc(List<String> ids);
}
