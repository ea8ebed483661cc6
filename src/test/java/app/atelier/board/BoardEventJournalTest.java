package app.atelier.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BoardEventJournalTest {
    private final BoardEventJournal journal = new BoardEventJournal(3);

    @Test
    void aFollowerResumesAfterItsLastSequenceWithoutGapOrDuplicate() {
        for (int i = 1; i <= 3; i++) {
            journal.append(new BoardEvent.CardDeleted("b", "c" + i));
        }
        List<Long> seen = new ArrayList<>();
        Registration following = journal.follow("b", 1, e -> seen.add(e.seq()), () -> { });
        journal.append(new BoardEvent.CardDeleted("b", "c4"));

        assertThat(seen).containsExactly(2L, 3L, 4L);
        following.remove();
        journal.append(new BoardEvent.CardDeleted("b", "c5"));
        assertThat(seen).containsExactly(2L, 3L, 4L);
        assertThat(journal.last("b")).isEqualTo(5);
    }

    @Test
    void aFollowerTooFarBehindIsToldToReload() {
        for (int i = 1; i <= 10; i++) {
            journal.append(new BoardEvent.CardDeleted("b", "c" + i));
        }
        AtomicBoolean resync = new AtomicBoolean();
        List<Long> seen = new ArrayList<>();
        journal.follow("b", 2, e -> seen.add(e.seq()), () -> resync.set(true));

        assertThat(resync).isTrue();
        assertThat(seen).isEmpty();
        journal.append(new BoardEvent.CardDeleted("b", "c11"));
        assertThat(seen).containsExactly(11L);
    }

    @Test
    void boardsHaveTheirOwnSequences() {
        journal.append(new BoardEvent.CardDeleted("a", "x"));
        journal.append(new BoardEvent.CardDeleted("b", "y"));
        assertThat(journal.last("a")).isEqualTo(1);
        assertThat(journal.last("b")).isEqualTo(1);
    }
}
