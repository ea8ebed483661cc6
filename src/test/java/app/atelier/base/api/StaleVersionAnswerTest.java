package app.atelier.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.base.StaleVersionException;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One handler answers every stale write, whichever controller it came through, with the card as the API shows it. */
@SpringBootTest
class StaleVersionAnswerTest {
    @Autowired
    ApiExceptionHandler handler;
    @Autowired
    JsonMapper json;
    @Autowired
    BoardService boards;
    @Autowired
    Workshops workshops;

    @Test
    void aStaleCardIsAnsweredInTheApiShapeNeverAsStored() {
        Workshop workshop = workshops.start("Ana", "Fails", "mur-des-fails");
        Card card = boards.addCard(workshop.facilitator(), workshop.id(),
                new NewCard("fails", "Lancement sans bêta", Map.of("impact", "-30 %"), null, null, null));

        ResponseEntity<Object> answer = handler.stale(
                new StaleVersionException("error.card.stale", card, 0L, card.getVersion()), Locale.ENGLISH);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        JsonNode body = json.valueToTree(answer.getBody());
        assertThat(body.get("error").asString()).isEqualTo("version_conflict");
        assertThat(body.get("field").asString()).isEqualTo("version");
        JsonNode current = body.get("current");
        assertThat(current.get("id").asString()).isEqualTo(card.getId());
        assertThat(current.get("text").asString()).isEqualTo("Lancement sans bêta");
        assertThat(current.get("author").asString()).isEqualTo("Ana");
        assertThat(current.at("/fields/impact").asString()).isEqualTo("-30 %");
        assertThat(current.get("version").asLong()).isEqualTo(card.getVersion());
        assertThat(current.has("boardId")).as("stored internals stay out").isFalse();
        assertThat(current.has("authorId")).isFalse();
        assertThat(current.has("votes")).as("totals are not the conflict's business").isFalse();
    }

    @Test
    void anUnknownObjectIsNotWrittenAsIs() {
        ResponseEntity<Object> answer = handler.stale(
                new StaleVersionException("error.card.stale", new Object(), 0L, 1L), Locale.ENGLISH);

        assertThat(json.valueToTree(answer.getBody()).has("current")).isFalse();
    }
}
