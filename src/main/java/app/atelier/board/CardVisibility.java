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

    /** How much of a card a viewer sees: all of it, all but its author, or that it exists (its place). */
    public enum Seen { WHOLE, WITHOUT_AUTHOR, PLACEHOLDER }

    public static Card forViewer(Card card, Board board, Actor viewer, Role role) {
        return shown(card, seenBy(card, board, viewer, role));
    }

    public static Seen seenBy(Card card, Board board, Actor viewer, Role role) {
        if (board.isPrivateWriting() && role != Role.FACILITATOR
                && (viewer == null || !viewer.id().equals(card.getAuthorId()))) {
            return Seen.PLACEHOLDER;
        }
        return board.isAnonymous() ? Seen.WITHOUT_AUTHOR : Seen.WHOLE;
    }

    public static Card shown(Card card, Seen seen) {
        return switch (seen) {
            case WHOLE -> card;
            case WITHOUT_AUTHOR -> card.withoutAuthor();
            case PLACEHOLDER -> card.placeholder();
        };
    }
}
