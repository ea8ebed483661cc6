package app.atelier.board;

/**
 * A card is gone for good: purged from the trash (or deleted, where there is no {@link CardBin}). A Spring
 * application event, published once, on the node that did it: the features that keep something about a card
 * elsewhere (its comments, images, marks, the evidence that cites it) tidy up. Not the live fan-out to pages, which
 * is {@link BoardEvent.CardDeleted} on the board's log.
 */
public record CardRemoved(String boardId, String cardId) {
}
