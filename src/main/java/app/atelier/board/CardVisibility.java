package app.atelier.board;

import app.atelier.access.Role;
import app.atelier.security.Actor;

/**
 * What one viewer may see of a card: in anonymous mode no author's name; during private writing only their own
 * cards' content (facilitators, who run the session, see everything). Applied before anything leaves the server,
 * so hidden content is never sent, not merely hidden on the screen.
 */
public final class CardVisibility {
    private CardVisibility() {
    }

    public static Card forViewer(Card card, Board board, Actor viewer, Role role) {
        Card visible = card;
        if (board.isPrivateWriting() && role != Role.FACILITATOR
                && (viewer == null || !viewer.id().equals(card.getAuthorId()))) {
            return card.placeholder();
        }
        if (board.isAnonymous()) {
            visible = visible.withoutAuthor();
        }
        return visible;
    }
}
