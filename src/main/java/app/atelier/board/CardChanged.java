package app.atelier.board;

import app.atelier.security.Actor;

/**
 * A person changed a card through its content commands (a Spring application event, published once, on the node
 * that did it, after the change is persisted): added ({@code before} null), edited or moved, or deleted ({@code after}
 * null). What a person's undo follows; the facilitation features' writes (votes, decisions…) are not in it.
 */
public record CardChanged(Actor actor, Card before, Card after) {
    public String boardId() {
        return (after != null ? after : before).getBoardId();
    }

    public String cardId() {
        return (after != null ? after : before).getId();
    }
}
