package app.atelier.board;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CardRepository extends MongoRepository<Card, String> {
    List<Card> findByBoardIdOrderByCreatedAtAsc(String boardId);
}
