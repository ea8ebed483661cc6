package app.atelier.board;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CardRepository extends MongoRepository<Card, String> {
    List<Card> findByBoardIdOrderByCreatedAtAsc(String boardId);

    Optional<Card> findByIdAndBoardId(String id, String boardId);

    long countByBoardIdAndZone(String boardId, String zone);
}
