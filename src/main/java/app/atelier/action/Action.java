package app.atelier.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An action that carries out an agreed card: what, its owner (a member of the board, or just a name), its due date,
 * its status and a short progress note, and the card it came from. Every change of status or note is kept as a
 * check-in (marked as made during a follow-up when one was running), so the plan's story can be told.
 */
@Document("actions")
public record Action(@Id String id, @Indexed String boardId, @Indexed String cardId, String what,
                     @Indexed String ownerId, String ownerName, LocalDate due, ActionStatus status, String note,
                     String createdBy, Instant createdAt, List<CheckIn> checkIns, @Version Long version) {
    /** A status or note given at a moment, by someone, in a follow-up or not. */
    public record CheckIn(Instant at, String by, ActionStatus status, String note, boolean followUp) {
    }

    public Action {
        checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
    }

    /** Due before {@code today} and not done nor dropped. */
    public boolean lateOn(LocalDate today) {
        return due != null && due.isBefore(today) && status.open();
    }
}
