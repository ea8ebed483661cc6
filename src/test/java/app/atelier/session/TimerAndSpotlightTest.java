package app.atelier.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.board.TimerState;
import app.atelier.security.Actor;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class TimerAndSpotlightTest {
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    Workshops workshops;

    private Actor fanny;
    private Actor paul;
    private Board board;

    @BeforeEach
    void setUp() {
        Workshop workshop = workshops.start("Fanny", "Mur", "mur-des-fails");
        fanny = workshop.facilitator();
        board = workshop.board();
        paul = workshop.guest("Paul", Role.PARTICIPANT);
    }

    @Test
    void theCountdownFollowsTheServersClock() {
        Instant t0 = Instant.parse("2026-11-22T10:00:00Z");
        TimerState timer = TimerState.reset(Duration.ofMinutes(5));
        assertThat(timer.remainingAt(t0)).isEqualTo(300_000);

        TimerState running = timer.start(t0);
        assertThat(running.remainingAt(t0.plusSeconds(60))).isEqualTo(240_000);
        TimerState paused = running.pause(t0.plusSeconds(90));
        assertThat(paused.running()).isFalse();
        assertThat(paused.remainingAt(t0.plusSeconds(500))).isEqualTo(210_000);
        assertThat(paused.start(t0.plusSeconds(600)).remainingAt(t0.plusSeconds(900))).isZero();
    }

    @Test
    void theFacilitatorStartsPausesAndResetsTheTimer() {
        assertThat(sessions.timer(fanny, board.getId(), "start", null).getTimer().running()).isTrue();
        Board paused = sessions.timer(fanny, board.getId(), "pause", null);
        assertThat(paused.getTimer().running()).isFalse();
        assertThat(paused.getTimer().remainingMs()).isBetween(290_000L, 300_000L);
        Board reset = sessions.timer(fanny, board.getId(), "reset", 120);
        assertThat(reset.getTimer().remainingMs()).isEqualTo(120_000);

        assertThatThrownBy(() -> sessions.timer(fanny, board.getId(), "explode", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("action"));
        assertThatThrownBy(() -> sessions.timer(fanny, board.getId(), "reset", 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("seconds"));
        assertThatThrownBy(() -> sessions.timer(paul, board.getId(), "start", null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theSpotlightAndThePresenterQueue() {
        Card first = boards.addCard(paul, board.getId(), NewCard.of("fails", "premier fail"));
        Card second = boards.addCard(fanny, board.getId(), NewCard.of("fails", "second fail"));
        boards.addCard(fanny, board.getId(), NewCard.of("patterns", "pas un fail"));

        assertThat(sessions.spotlight(fanny, board.getId(), second.getId()).getSpotlightCardId())
                .isEqualTo(second.getId());
        assertThat(sessions.spotlight(fanny, board.getId(), null).getSpotlightCardId()).isNull();
        assertThatThrownBy(() -> sessions.spotlight(fanny, board.getId(), "nope"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.spotlight(paul, board.getId(), first.getId()))
                .isInstanceOf(ForbiddenException.class);

        sessions.setPhase(fanny, board.getId(), "present");
        Board one = sessions.presentNext(fanny, board.getId(), "fails", 300);
        assertThat(one.getSpotlightCardId()).isEqualTo(first.getId());
        assertThat(one.getTimer().running()).isTrue();
        assertThat(sessions.presentNext(fanny, board.getId(), "fails", 300).getSpotlightCardId())
                .isEqualTo(second.getId());
        assertThat(sessions.presentNext(fanny, board.getId(), "fails", 300).getSpotlightCardId())
                .isEqualTo(first.getId());
        assertThatThrownBy(() -> sessions.presentNext(fanny, board.getId(), "golden-rules", 300))
                .isInstanceOf(InvalidInputException.class);
    }
}
