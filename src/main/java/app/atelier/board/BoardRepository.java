package app.atelier.board;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface BoardRepository extends MongoRepository<Board, String> {
    List<Board> findByIdInOrderByCreatedAtDesc(List<String> ids);
}
