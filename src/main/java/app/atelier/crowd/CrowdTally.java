package app.atelier.crowd;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The dots each shortlisted card got in one round, kept as the votes come ({@code boardId:round}): the wall reads one
 * document, never every ballot.
 */
@Document("crowd_tallies")
record CrowdTally(@Id String id, Map<String, Integer> counts) {
    static String id(String boardId, int round) {
        return boardId + ":" + round;
    }
}
