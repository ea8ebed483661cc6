package app.atelier.crowd;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A join code and its board: the code is the document's id, so two boards can never hold the same one. */
@Document("crowd_codes")
record CrowdCode(@Id String code, String boardId) {
}
