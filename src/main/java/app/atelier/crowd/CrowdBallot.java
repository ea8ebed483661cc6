package app.atelier.crowd;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One phone's dots in one round of a crowd's vote: its id is {@code phoneId:round}, so a phone has one ballot. */
@Document("crowd_ballots")
record CrowdBallot(@Id String id, String boardId, int round, Map<String, Integer> dots) {
    static String id(String phoneId, int round) {
        return phoneId + ":" + round;
    }

    CrowdBallot {
        dots = dots == null ? Map.of() : Map.copyOf(dots);
    }

    int total() {
        return dots.values().stream().mapToInt(Integer::intValue).sum();
    }
}
