package app.atelier.access;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces that access to a board changed (a link revoked, a member removed, a role changed, someone joined) as an
 * {@link AccessChanged} application event. The board's event log carries it to every node, where the open pages and
 * event streams of that member (or of everyone, when {@code memberId} is null) re-check their role at once instead
 * of at their next click.
 */
@Component
public class AccessEvents {
    private final ApplicationEventPublisher publisher;

    AccessEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void accessChanged(String boardId, String memberId) {
        publisher.publishEvent(new AccessChanged(boardId, memberId));
    }
}
