package app.atelier.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.board.internal.BoardRepository;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;

/** Phases and locks: what participants may do follows the session; facilitators always may. */
@SpringBootTest
class SessionRulesTest {
    @Autowired
    BoardService service;
    @Autowired
    SessionService sessions;
    @Autowired
    BoardEventBus bus;
    @Autowired
    Workshops workshops;
    @Autowired
    BoardRepository boards;

    private Actor fanny;
    private Actor paul;
    private Board board;
    private Card paulsCard;
    private final List<BoardEvent> events = new CopyOnWriteArrayList<>();
    private Registration subscription;

    @BeforeEach
    void setUp() {
        Workshop workshop = workshops.start("Fanny", "Mur", "mur-des-fails");
        fanny = workshop.facilitator();
        board = workshop.board();
        paul = workshop.guest("Paul", Role.PARTICIPANT);
        paulsCard = workshop.card(paul, "fails", "mon fail");
        subscription = bus.subscribe(board.getId(), events::add);
    }

    @AfterEach
    void tearDown() {
        subscription.remove();
    }

    @Test
    void everySessionChangeBumpsTheBoardVersionSoAnOlderCopyCannotUndoIt() {
        Board readBefore = boards.findById(board.getId()).orElseThrow();

        Board phased = sessions.setPhase(fanny, board.getId(), "discuss");
        Board locked = sessions.setZoneLocked(fanny, board.getId(), "fails", true);
        Board timed = sessions.timer(fanny, board.getId(), "start", null);

        assertThat(phased.getVersion()).isEqualTo(readBefore.getVersion() + 1);
        assertThat(locked.getVersion()).isEqualTo(phased.getVersion() + 1);
        assertThat(timed.getVersion()).isEqualTo(locked.getVersion() + 1);
        assertThatThrownBy(() -> boards.save(readBefore)).isInstanceOf(OptimisticLockingFailureException.class);
        Board stored = boards.findById(board.getId()).orElseThrow();
        assertThat(stored.getPhase().id()).isEqualTo("discuss");
        assertThat(stored.getLockedZones()).containsExactly("fails");
        assertThat(stored.getVersion()).isEqualTo(timed.getVersion());
    }

    @Test
    void aBoardStartsInTheFirstPhaseOfItsAgenda() {
        assertThat(board.getPhase()).isEqualTo(Phase.WRITE);
        assertThat(service.templateOf(board).agenda()).containsExactly("write", "present", "discuss", "vote", "decide");
    }

    @Test
    void participantsWriteOnlyDuringTheWritingPhase() {
        Board discussing = sessions.setPhase(fanny, board.getId(), "discuss");

        assertThat(discussing.getPhase()).isEqualTo(Phase.DISCUSS);
        assertThat(events).containsExactly(new BoardEvent.SessionChanged(board.getId(), discussing));
        assertRefused(() -> service.addCard(paul, board.getId(), NewCard.of("fails", "trop tard")));
        assertRefused(() -> service.updateCard(paul, board.getId(), paulsCard.getId(),
                CardChanges.content("revu", null, null), null));
        assertRefused(() -> service.moveCard(paul, board.getId(), paulsCard.getId(), "patterns", 0.1, 0.1));
        assertRefused(() -> service.deleteCard(paul, board.getId(), paulsCard.getId()));
        assertThat(service.addCard(fanny, board.getId(), NewCard.of("patterns", "la facilitatrice"))).isNotNull();

        sessions.setPhase(fanny, board.getId(), "write");
        assertThat(service.addCard(paul, board.getId(), NewCard.of("fails", "de retour"))).isNotNull();
    }

    @Test
    void aLockedBoardStandsStillForParticipants() {
        sessions.setBoardLocked(fanny, board.getId(), true);

        assertRefused(() -> service.addCard(paul, board.getId(), NewCard.of("fails", "x")));
        assertRefused(() -> service.moveCard(paul, board.getId(), paulsCard.getId(), "fails", 0.5, 0.5));
        service.moveCard(fanny, board.getId(), paulsCard.getId(), "fails", 0.5, 0.5);

        sessions.setBoardLocked(fanny, board.getId(), false);
        service.moveCard(paul, board.getId(), paulsCard.getId(), "fails", 0.2, 0.2);
    }

    @Test
    void aLockedZoneTakesNoCardsAndLetsNoneOut() {
        Board locked = sessions.setZoneLocked(fanny, board.getId(), "golden-rules", true);
        assertThat(locked.getLockedZones()).containsExactly("golden-rules");

        assertRefused(() -> service.addCard(paul, board.getId(), NewCard.of("golden-rules", "x")));
        assertRefused(() -> service.moveCard(paul, board.getId(), paulsCard.getId(), "golden-rules", 0.1, 0.1));
        sessions.setZoneLocked(fanny, board.getId(), "fails", true);
        assertRefused(() -> service.moveCard(paul, board.getId(), paulsCard.getId(), "patterns", 0.1, 0.1));
        assertThat(service.addCard(paul, board.getId(), NewCard.of("patterns", "ailleurs"))).isNotNull();

        assertThat(sessions.setZoneLocked(fanny, board.getId(), "golden-rules", false).getLockedZones())
                .containsExactly("fails");
    }

    @Test
    void aLockedCardCannotBeChangedByItsAuthor() {
        Card locked = sessions.setCardLocked(fanny, board.getId(), paulsCard.getId(), true);

        assertThat(locked.isLocked()).isTrue();
        assertThat(events).containsExactly(new BoardEvent.CardSaved(board.getId(), locked));
        assertRefused(() -> service.updateCard(paul, board.getId(), paulsCard.getId(),
                CardChanges.content("revu", null, null), null));
        assertRefused(() -> service.deleteCard(paul, board.getId(), paulsCard.getId()));
        assertThat(service.updateCard(fanny, board.getId(), paulsCard.getId(),
                CardChanges.content("par Fanny", null, null), null).getText()).isEqualTo("par Fanny");
    }

    @Test
    void onlyFacilitatorsSteerTheSession() {
        assertRefused(() -> sessions.setPhase(paul, board.getId(), "vote"));
        assertRefused(() -> sessions.setBoardLocked(paul, board.getId(), true));
        assertRefused(() -> sessions.setZoneLocked(paul, board.getId(), "fails", true));
        assertRefused(() -> sessions.setCardLocked(paul, board.getId(), paulsCard.getId(), true));
        assertThat(events).isEmpty();
    }

    @Test
    void aPhaseOutsideTheAgendaIsRefused() {
        Board promise = service.createBoard(fanny, "Promesse", "brand-promise");
        assertThatThrownBy(() -> sessions.setPhase(fanny, promise.getId(), "present"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("phase"));
        assertThatThrownBy(() -> sessions.setPhase(fanny, promise.getId(), "lunch"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sessions.setZoneLocked(fanny, promise.getId(), "fails", true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("zone"));
    }

    private static void assertRefused(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(ForbiddenException.class);
    }
}
