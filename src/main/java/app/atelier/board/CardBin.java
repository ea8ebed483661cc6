package app.atelier.board;

import app.atelier.security.Actor;

/**
 * Where a deleted card goes instead of vanishing (the board's trash, if the application has one): kept with its
 * content as it was, from where its author or a facilitator can bring it back. Without a bin, a deleted card is gone
 * for good at once ({@link CardRemoved}).
 */
public interface CardBin {
    /** Keeps the card, as stored just before its deletion, and who deleted it. */
    void keep(Card card, Actor deletedBy);
}
