package app.atelier.session.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.TimerState;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.CanvasGesture;
import app.atelier.board.ui.CardSheet;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.session.SessionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.util.List;

/** One person's view of the session: the phase badge (for those who do not steer it) and the countdown. */
class SessionStatus extends HorizontalLayout implements BoardPagePart {
    private final SessionService sessions;
    private final BoardPageContext page;
    private final Clock clock;
    final Span phaseBadge = new Span();
    final Span timer = new Span();

    SessionStatus(SessionService sessions, BoardPageContext page, Clock clock) {
        this.sessions = sessions;
        this.page = page;
        this.clock = clock;
        setPadding(false);
        setAlignItems(Alignment.BASELINE);
        phaseBadge.setId("phase-badge");
        phaseBadge.addClassName("phase-badge");
        timer.setId("timer");
        timer.addClassName("timer");
        add(phaseBadge, timer);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Place place() {
        return Place.HEADER;
    }

    @Override
    public void show(Role role, Board session) {
        phaseBadge.setVisible(role != Role.FACILITATOR);
        phaseBadge.setText(getTranslation("phase." + session.getPhase().id())
                + (session.isLocked() ? " · " + getTranslation("session.boardLocked") : "")
                + (session.isPrivateWriting() ? " · " + getTranslation("session.privateBadge") : "")
                + (session.isAnonymous() ? " · " + getTranslation("session.anonymousBadge") : ""));
        showTimer(session.getTimer());
    }

    /**
     * The countdown runs in the browser from the remaining time the server computed, so every page shows the same
     * time; at zero it says so. Only session changes travel, never ticks.
     */
    private void showTimer(TimerState state) {
        long remaining = state.remainingAt(clock.instant());
        timer.getElement().executeJs("""
                const el = this, end = Date.now() + $0, running = $1, ended = $2;
                clearInterval(el._atelierTimer);
                const show = () => {
                  const ms = running ? Math.max(0, end - Date.now()) : $0;
                  const s = Math.ceil(ms / 1000);
                  el.textContent = ms <= 0 ? ended : Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                  el.classList.toggle('ended', ms <= 0);
                  if (ms <= 0) clearInterval(el._atelierTimer);
                };
                show();
                if (running) el._atelierTimer = setInterval(show, 250);
                """, remaining, state.running(), getTranslation("timer.ended"));
        timer.getElement().setAttribute("data-running", String.valueOf(state.running()));
        timer.getElement().setAttribute("data-remaining-ms", String.valueOf(remaining));
    }

    @Override
    public void gesture(CanvasGesture gesture) {
        if (gesture instanceof CanvasGesture.ToggleZoneLock(String zone)) {
            page.act(() -> sessions.setZoneLocked(page.viewer(), page.boardId(), zone,
                    !page.session().isZoneLocked(zone)));
        }
    }

    @Override
    public List<CardSheetSection> sectionsFor(CardSheet sheet) {
        return page.role() == Role.FACILITATOR ? List.of(new CardSessionButtons(sessions, page, sheet)) : List.of();
    }
}
