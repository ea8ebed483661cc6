package app.atelier.capsule.ui;

import app.atelier.board.Board;
import app.atelier.board.CapsuleSeal.State;
import app.atelier.board.CapsuleSeal;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/**
 * A time capsule's state in the page header: until when it is sealed, how many contributions wait and by whom, and
 * a countdown the browser ticks; once open, since when.
 */
class CapsuleBanner extends Span {
    private final Span status = new Span();
    private final Span countdown = new Span();
    private Instant counting;

    CapsuleBanner() {
        setId("capsule-banner");
        addClassName("capsule-banner");
        countdown.setId("capsule-countdown");
        add(status, countdown);
        setVisible(false);
    }

    void show(Board session, Instant now) {
        CapsuleSeal seal = session.getCapsule();
        setVisible(seal != null);
        if (seal == null) {
            return;
        }
        ZoneId zone = CapsuleZone.of(this);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        if (seal.state() == State.OPEN) {
            status.setText(getTranslation("capsule.opened", format.format(seal.openedAt())));
            countdown.setVisible(false);
            return;
        }
        String state = switch (seal.state()) {
            case SEALING -> getTranslation("capsule.sealing");
            case OPENING -> getTranslation("capsule.opening");
            default -> getTranslation("capsule.sealed", format.format(seal.revealAt()));
        };
        String waiting = seal.contributors().isEmpty() ? getTranslation("capsule.waiting", seal.total())
                : getTranslation("capsule.waitingBy", seal.total(), seal.contributors().stream()
                        .map(c -> c.name() + " " + c.count()).collect(Collectors.joining(", ")));
        status.setText(state + " · " + waiting + " · " + getTranslation("capsule.opens") + " ");
        countdown.setVisible(true);
        countdown.setText(remaining(Duration.between(now, seal.revealAt())));
        if (!seal.revealAt().equals(counting)) {
            counting = seal.revealAt();
            countdown.getElement().executeJs("""
                    const el = this, target = $0, days = $1;
                    clearInterval(el._capsuleTick);
                    const two = n => String(n).padStart(2, '0');
                    const tick = () => {
                      let s = Math.max(0, Math.floor((target - Date.now()) / 1000));
                      const d = Math.floor(s / 86400); s %= 86400;
                      el.textContent = (d ? d + ' ' + days + ' ' : '') + two(Math.floor(s / 3600)) + ':'
                        + two(Math.floor(s % 3600 / 60)) + ':' + two(s % 60);
                    };
                    tick();
                    el._capsuleTick = setInterval(tick, 1000);""",
                    seal.revealAt().toEpochMilli(), getTranslation("capsule.days"));
        }
    }

    /** What the countdown shows before the browser ticks it (and what a browserless test reads). */
    private String remaining(Duration left) {
        long s = Math.max(0, left.toSeconds());
        long days = s / 86400;
        s %= 86400;
        return (days > 0 ? days + " " + getTranslation("capsule.days") + " " : "")
                + String.format("%02d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60);
    }
}
