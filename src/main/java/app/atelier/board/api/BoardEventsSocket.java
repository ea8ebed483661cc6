package app.atelier.board.api;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.CardVisibility;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.board.internal.BoardEventLog;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/boards/{id}/events}: a board's changes as JSON, one message per change, numbered per board. Each
 * connection sees what its account may see (roles, private writing, anonymity), like the REST API. Reconnect with
 * {@code ?since=<last seq>} to receive what was missed. An action of the plan goes out as it is when sent (the log
 * keeps its id only), so a replay shows each action's current state, or its deletion.
 */
class BoardEventsSocket extends TextWebSocketHandler {
    private static final Logger log = LoggerFactory.getLogger(BoardEventsSocket.class);
    static final String BOARD = "atelier.boardId";
    static final String SINCE = "atelier.since";
    static final String TOKEN = "atelier.tokenId";

    private final BoardService boards;
    private final AccessService access;
    private final BoardEventBus events;
    private final ObjectMapper json;
    private final CredentialWatch credentials;
    private final ObjectProvider<PlanEvents> plan;
    private final Map<String, Registration> subscriptions = new java.util.concurrent.ConcurrentHashMap<>();

    BoardEventsSocket(BoardService boards, AccessService access, BoardEventBus events,
                      ObjectMapper json, CredentialWatch credentials, ObjectProvider<PlanEvents> plan) {
        this.plan = plan;
        this.boards = boards;
        this.access = access;
        this.events = events;
        this.json = json;
        this.credentials = credentials;
    }

    /** What one connection knows about its viewer, refreshed by session and access events, not per message. */
    private final class Viewer {
        final Actor actor;
        volatile Role role;
        volatile Board board;

        Viewer(Actor actor, Role role, Board board) {
            this.actor = actor;
            this.role = role;
            this.board = board;
        }
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
        WebSocketSession session = new ConcurrentWebSocketSessionDecorator(raw, 5_000, 1 << 20);
        String boardId = (String) raw.getAttributes().get(BOARD);
        long since = (Long) raw.getAttributes().getOrDefault(SINCE, -1L);
        Actor actor = ((AtelierUser) ((Authentication) raw.getPrincipal()).getPrincipal()).actor();
        // watched first: once the client hears hello, revoking its token closes the stream
        credentials.watch(session, (String) raw.getAttributes().get(TOKEN), actor.id());
        Viewer viewer = new Viewer(actor, access.requireMember(actor, boardId), boards.getBoard(actor, boardId));
        send(session, new EventMessage.Hello(boardId, events.lastSeq(boardId)));
        subscriptions.put(raw.getId(), events.follow(boardId, since, entry -> deliver(session, viewer, entry),
                () -> send(session, new EventMessage.Resync(events.lastSeq(boardId)))));
        if (!raw.isOpen()) {
            unfollow(raw); // closed meanwhile (revoked): that close came before there was anything to unfollow
        }
    }

    private void deliver(WebSocketSession session, Viewer viewer, BoardEventLog.Entry entry) {
        if (viewer.role == null) {
            return;
        }
        long seq = entry.seq();
        EventMessage message = switch (entry.event()) {
            case BoardEvent.CardSaved saved -> new EventMessage.CardSaved(seq, CardResponse.of(
                    CardVisibility.forViewer(saved.card(), viewer.board, viewer.actor, viewer.role),
                    viewer.board.getVote().totalsShown()));
            case BoardEvent.CardDeleted deleted -> new EventMessage.CardDeleted(seq, deleted.cardId());
            case BoardEvent.AccessChanged change -> {
                if (change.concerns(viewer.actor.id())) {
                    viewer.role = access.roleOf(viewer.actor, entry.boardId()).orElse(null);
                }
                yield new EventMessage.Members(seq); // membership changed; the number keeps the sequence whole
            }
            case BoardEvent.CommentsChanged comments -> new EventMessage.Comments(seq, comments.cardId());
            case BoardEvent.PlanChanged changed -> Optional.ofNullable(plan.getIfAvailable())
                    .flatMap(p -> p.action(viewer.actor, entry.boardId(), changed.actionId()))
                    .<EventMessage>map(action -> new EventMessage.ActionSaved(seq, changed.actionId(), action))
                    .orElseGet(() -> new EventMessage.ActionDeleted(seq, changed.actionId()));
            // a crowd's idea arrived or was decided (moderation)
            case BoardEvent.IdeaChanged idea -> new EventMessage.CrowdIdea(seq, idea.ideaId());
            case BoardEvent.SessionChanged changed -> {
                viewer.board = changed.board();
                yield new EventMessage.Session(seq, SessionResponse.of(changed.board(),
                        boards.templateOf(changed.board())));
            }
        };
        if (viewer.role == null) {
            close(session, CloseStatus.POLICY_VIOLATION.withReason("access withdrawn"));
            return;
        }
        send(session, message);
    }

    private void send(WebSocketSession session, EventMessage message) {
        try {
            if (session.isOpen()) {
                session.sendMessage(new TextMessage(json.writeValueAsString(message)));
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Event client gone: {}", e.getMessage());
        }
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            log.debug("Closing an event client failed", e);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        credentials.forget(session);
        unfollow(session);
    }

    private void unfollow(WebSocketSession session) {
        Registration following = subscriptions.remove(session.getId());
        if (following != null) {
            following.remove();
        }
    }

    int openConnections() {
        return subscriptions.size();
    }
}
