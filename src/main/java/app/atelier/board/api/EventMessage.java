package app.atelier.board.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The messages of the live event API ({@code /api/boards/{boardId}/events}), one record per {@code type}: what the
 * socket sends, and what {@link EventApiDocumentation} describes as a JSON Schema per type. Every message but
 * {@code hello} and {@code resync} carries the board's sequence number {@code seq}.
 */
sealed interface EventMessage {
    /** The first message: the board and its latest sequence number. */
    record Hello(String type, String boardId, long seq) implements EventMessage {
        Hello(String boardId, long seq) {
            this("hello", boardId, seq);
        }
    }

    /** Too much was missed to replay it: read the board again ({@code GET /api/boards/{boardId}}), then go on. */
    record Resync(String type, long seq) implements EventMessage {
        Resync(long seq) {
            this("resync", seq);
        }
    }

    /** A card was added or changed: the card as this connection's account may see it. */
    record CardSaved(long seq, String type, CardResponse card) implements EventMessage {
        CardSaved(long seq, CardResponse card) {
            this(seq, "card", card);
        }
    }

    record CardDeleted(long seq, String type, String cardId) implements EventMessage {
        CardDeleted(long seq, String cardId) {
            this(seq, "card.deleted", cardId);
        }
    }

    /** The board's members or roles changed ({@code GET /api/boards/{boardId}/members}). */
    record Members(long seq, String type) implements EventMessage {
        Members(long seq) {
            this(seq, "members");
        }
    }

    /** A card's comments changed ({@code GET .../cards/{cardId}/comments}). */
    record Comments(long seq, String type, String cardId) implements EventMessage {
        Comments(long seq, String cardId) {
            this(seq, "comments", cardId);
        }
    }

    /** An action of the plan, as it is when sent (an {@code ActionResponse}). */
    record ActionSaved(long seq, String type, String actionId, Object action) implements EventMessage {
        ActionSaved(long seq, String actionId, Object action) {
            this(seq, "action", actionId, action);
        }
    }

    record ActionDeleted(long seq, String type, String actionId) implements EventMessage {
        ActionDeleted(long seq, String actionId) {
            this(seq, "action.deleted", actionId);
        }
    }

    /** A crowd's idea arrived or was decided ({@code GET /api/boards/{boardId}/crowd/queue}). */
    record CrowdIdea(long seq, String type, String ideaId) implements EventMessage {
        CrowdIdea(long seq, String ideaId) {
            this(seq, "crowd.idea", ideaId);
        }
    }

    /** The session changed: phase, locks, vote, timer, spotlight, groups, capsule, follow-up. */
    record Session(long seq, String type, SessionResponse session) implements EventMessage {
        Session(long seq, SessionResponse session) {
            this(seq, "session", session);
        }
    }

    /** Every message type with its record, in the order the API's document lists them. */
    static Map<String, Class<? extends EventMessage>> types() {
        Map<String, Class<? extends EventMessage>> types = new LinkedHashMap<>();
        types.put("hello", Hello.class);
        types.put("resync", Resync.class);
        types.put("card", CardSaved.class);
        types.put("card.deleted", CardDeleted.class);
        types.put("members", Members.class);
        types.put("comments", Comments.class);
        types.put("action", ActionSaved.class);
        types.put("action.deleted", ActionDeleted.class);
        types.put("crowd.idea", CrowdIdea.class);
        types.put("session", Session.class);
        return types;
    }
}
