package app.atelier.support;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;

/**
 * The set-up most service and view tests share: a facilitator (a signed-up account) and their fresh board, to which
 * others join through real invite links. Made by {@link Workshops}.
 */
public record Workshop(People people, BoardService boards, AtelierUser account, Board board) {
    /** The facilitator, who created the board. */
    public Actor facilitator() {
        return account.actor();
    }

    public String id() {
        return board.getId();
    }

    /** A guest (no account) who joined through a link the facilitator created. */
    public Actor guest(String name, Role role) {
        return people.guest(facilitator(), id(), role, name);
    }

    /** An account that joined through a link the facilitator created. */
    public AtelierUser member(String name, Role role) {
        return people.member(facilitator(), id(), role, name);
    }

    /** A card the facilitator wrote. */
    public Card card(String zone, String text) {
        return card(facilitator(), zone, text);
    }

    public Card card(Actor author, String zone, String text) {
        return boards.addCard(author, id(), NewCard.of(zone, text));
    }
}
