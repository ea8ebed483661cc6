package app.atelier.board.internal;

import app.atelier.board.Card;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CardRepository extends MongoRepository<Card, String> {
    List<Card> findByBoardIdOrderByCreatedAtAsc(String boardId);
}
