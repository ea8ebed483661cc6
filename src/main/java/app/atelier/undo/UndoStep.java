package app.atelier.undo;

import app.atelier.board.Card;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change a person made to a card, as undo needs it: what the card was before and after, and the card's version
 * right after (an undo applies only while the card is still at that version: nobody changed it since). Once undone,
 * {@code undoneVersion} is the card's version after the undo, which a redo checks the same way. Ids are ObjectIds,
 * so they sort in the order the steps were taken (timestamps may tie within a millisecond).
 */
@Document("undo_steps")
// led by the person: each change reads that person's few steps, not every step taken on a busy board
@CompoundIndex(name = "person_board", def = "{'actorId': 1, 'boardId': 1}")
record UndoStep(@Id String id, String boardId, String actorId, Instant at, Kind kind, String cardId, State before,
                State after, long afterVersion, boolean undone, String undoneOrder, long undoneVersion) {
    enum Kind { ADDED, CHANGED, DELETED }

    /** A card's content and place: what an undo or a redo writes back. */
    record State(String zone, String text, Map<String, String> fields, String color, double x, double y) {
        static State of(Card card) {
            return card == null ? null : new State(card.getZone(), card.getText(), card.getFields(), card.getColor(),
                    card.getX(), card.getY());
        }
    }

    /** Undone, in the order given by {@code order} (increasing: the last undone is redone first). */
    UndoStep undone(String order, long version) {
        return new UndoStep(id, boardId, actorId, at, kind, cardId, before, after, afterVersion, true, order, version);
    }

    UndoStep redoneAt(long version) {
        return new UndoStep(id, boardId, actorId, at, kind, cardId, before, after, version, false, null, 0);
    }
}
