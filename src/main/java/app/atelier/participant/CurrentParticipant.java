package app.atelier.participant;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** The participant of this browser session: every tab and reconnect of the same browser is the same person. */
public final class CurrentParticipant {
    private CurrentParticipant() {
    }

    public static Optional<Participant> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Participant.class));
    }

    public static Participant set(String name) {
        Participant participant = Participant.named(name);
        VaadinSession.getCurrent().setAttribute(Participant.class, participant);
        return participant;
    }
}
