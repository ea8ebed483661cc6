package app.atelier.session.ui;

import app.atelier.board.Board;
import app.atelier.board.Phase;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.template.BoardTemplate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The facilitator's steering of the session: phase, board lock, private writing, anonymity, the timer and the
 * presenter queue. Shown to facilitators only; every command is checked again by the services.
 */
class FacilitatorControls extends HorizontalLayout {
    final Select<Phase> phase = new Select<>();
    final Button lockBoard = new Button();
    final Checkbox privateWriting = new Checkbox();
    final Checkbox anonymous = new Checkbox();
    final Button timerToggle = new Button();
    final IntegerField timerMinutes = new IntegerField();
    final Button timerReset = new Button();
    final Button nextPresenter = new Button();

    private final Supplier<Actor> actor;
    private Board board;
    private BoardTemplate template;

    FacilitatorControls(SessionService sessions, Supplier<Actor> actor, Consumer<Runnable> act) {
        this.actor = actor;
        setId("facilitator-controls");
        setWrap(true);
        setAlignItems(Alignment.BASELINE);

        phase.setId("phase-select");
        phase.setAriaLabel(getTranslation("session.phase"));
        phase.setItemLabelGenerator(p -> getTranslation("phase." + p.id()));
        phase.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act.accept(() -> sessions.setPhase(actor.get(), board.getId(), e.getValue().id()));
            }
        });
        lockBoard.setId("lock-board");
        lockBoard.addClickListener(e -> act.accept(() -> sessions.setBoardLocked(actor.get(), board.getId(),
                !board.isLocked())));
        privateWriting.setId("private-writing");
        privateWriting.setLabel(getTranslation("session.privateWriting"));
        privateWriting.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act.accept(() -> sessions.updateSettings(actor.get(), board.getId(), e.getValue(), null));
            }
        });
        anonymous.setId("anonymous");
        anonymous.setLabel(getTranslation("session.anonymous"));
        anonymous.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act.accept(() -> sessions.updateSettings(actor.get(), board.getId(), null, e.getValue()));
            }
        });
        timerToggle.setId("timer-toggle");
        timerToggle.addClickListener(e -> act.accept(() -> sessions.timer(actor.get(), board.getId(),
                board.getTimer().running() ? "pause" : "start", null)));
        timerMinutes.setId("timer-minutes");
        timerMinutes.setAriaLabel(getTranslation("timer.minutes"));
        timerMinutes.setValue(5);
        timerMinutes.setMin(1);
        timerMinutes.setMax(240);
        timerMinutes.setWidth("5em");
        timerReset.setId("timer-reset");
        timerReset.setText(getTranslation("timer.reset"));
        timerReset.addClickListener(e -> act.accept(() -> sessions.timer(actor.get(), board.getId(), "reset",
                slotSeconds())));
        nextPresenter.setId("next-presenter");
        nextPresenter.setText(getTranslation("present.next"));
        nextPresenter.addClickListener(e -> act.accept(() -> sessions.presentNext(actor.get(), board.getId(),
                template.zones().getFirst().id(), slotSeconds())));
        add(phase, lockBoard, privateWriting, anonymous, timerToggle, timerMinutes, timerReset,
                nextPresenter);
    }

    /** Shows the session as it is now. */
    void show(Board board, BoardTemplate template) {
        this.board = board;
        if (this.template != template) {
            this.template = template;
            phase.setItems(template.agenda().stream().map(Phase::fromId).toList());
        }
        phase.setValue(board.getPhase());
        lockBoard.setText(getTranslation(board.isLocked() ? "session.unlockBoard" : "session.lockBoard"));
        privateWriting.setValue(board.isPrivateWriting());
        anonymous.setValue(board.isAnonymous());
        timerToggle.setText(getTranslation(board.getTimer().running() ? "timer.pause" : "timer.start"));
        nextPresenter.setVisible(board.getPhase() == Phase.PRESENT);
    }

    private Integer slotSeconds() {
        return timerMinutes.getValue() == null ? null : timerMinutes.getValue() * 60;
    }
}
