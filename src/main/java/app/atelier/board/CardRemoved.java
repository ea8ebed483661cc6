package app.atelier.board;

/**
 * A card was deleted (a Spring application event, published once, on the node that deleted it, after the delete):
 * the features that keep something about a card elsewhere (its comments, the evidence that cites it) tidy up. Not the
 * live fan-out to pages, which is {@link BoardEvent.CardDeleted} on the board's log.
 */
public record CardRemoved(String boardId, String cardId) {
}
