package app.atelier.board;

/** What happened on a board, published after it is persisted. Views apply it to the one card it names. */
public sealed interface BoardEvent {
    String boardId();

    /** A card was added or changed; {@code card} is its whole new state. */
    record CardSaved(String boardId, Card card) implements BoardEvent {
    }

    record CardDeleted(String boardId, String cardId) implements BoardEvent {
    }

    /** A comment was added to or removed from a card. */
    record CommentsChanged(String boardId, String cardId) implements BoardEvent {
    }

    /** Access to the board changed for {@code memberId} (null: maybe anyone); their pages re-check their role. */
    record AccessChanged(String boardId, String memberId) implements BoardEvent {
        public boolean concerns(String personId) {
            return memberId == null || memberId.equals(personId);
        }
    }

    /**
     * An action of the board's plan was made, changed or deleted. The log keeps only its id (no words): readers
     * fetch the action as it is now.
     */
    record PlanChanged(String boardId, String actionId) implements BoardEvent {
    }

    /**
     * An idea from a crowd's phone arrived (waiting for moderation) or was decided. The log keeps only its id: the
     * moderators' queues and the phone that sent it read it as it is now.
     */
    record IdeaChanged(String boardId, String ideaId) implements BoardEvent {
    }

    /** The session changed (phase, board or zone locks); {@code board} is its new state. */
    record SessionChanged(String boardId, Board board) implements BoardEvent {
    }
}
