package app.atelier.crowd;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How many times the crowd reacted with each reaction on a board (its id is the board's), counted as they come. */
@Document("crowd_reactions")
record CrowdReactions(@Id String boardId, Map<String, Integer> counts) {
}
