package app.atelier.crowd;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One phone's dots in one round of a crowd's vote: its id is {@code phoneId:round}, so a phone has one ballot. The
 * store changes it in one conditional step ({@code spent} below the round's dots), so two tabs of one phone voting
 * at the same moment cannot spend a dot twice.
 */
@Document("crowd_ballots")
record CrowdBallot(@Id String id, String boardId, int round, Map<String, Integer> dots, int spent) {
    static String id(String phoneId, int round) {
        return phoneId + ":" + round;
    }

    /** A dot taken back leaves a zero in the store: not a dot. */
    CrowdBallot {
        dots = dots == null ? Map.of() : dots.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
