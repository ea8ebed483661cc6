package app.atelier.board.ui;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.Card;
import app.atelier.board.CardVisibility;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.board.internal.BoardEventLog;
import app.atelier.board.internal.LiveBoard;
import app.atelier.security.Actor;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The board pages' card feed: a WebSocket per open page, beside Vaadin's push, that carries the board's card changes.
 * A change becomes one message per way of seeing it ({@link CardVisibility.Seen}, votes shown or not), built once for
 * every page of the board and written to each page's socket by the board's lanes, where each page used to build and
 * push its own Vaadin message. Everything else on the page (the session, the sheets, access) stays on Vaadin.
 *
 * <p>A page gets a ticket when it opens its board (a random secret, valid while the page is open) and its canvas
 * connects with it. Each message carries the event's seq: the feed starts following at a seq, and from then on the
 * page's Vaadin side leaves card changes to it ({@link PageFeed#carries}); the canvas merges what both bring by seq.
 * A dropped feed is followed again on reconnection, and the canvas asks for the whole board, so nothing is missed.
 */
@Component
public class CanvasFeeds {
    static final String PATH = "/canvas-feed/";
    private static final Logger log = LoggerFactory.getLogger(CanvasFeeds.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A page whose socket takes longer than this to accept a message is dropped (it reconnects and catches up). */
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int BUFFER_LIMIT = 256 * 1024;

    private final BoardEventBus events;
    private final AccessService access;
    private final Map<String, PageFeed> byTicket = new ConcurrentHashMap<>();
    /** A card change's message per way of seeing it and votes shown or not. */
    private final PerCardChange<TextMessage> cardMessages = new PerCardChange<>(CardVisibility.Seen.values().length * 2);

    CanvasFeeds(BoardEventBus events, AccessService access) {
        this.events = events;
        this.access = access;
    }

    /** A feed for a page opening a board, until {@link #close}; its canvas connects with the ticket. */
    PageFeed open(String boardId, Actor viewer) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        PageFeed feed = new PageFeed(Base64.getUrlEncoder().withoutPadding().encodeToString(secret), boardId, viewer);
        byTicket.put(feed.ticket, feed);
        return feed;
    }

    /** The page left its board: its ticket is no longer valid and its socket is closed. */
    void close(PageFeed feed) {
        byTicket.remove(feed.ticket);
        feed.drop(CloseStatus.GOING_AWAY);
    }

    Optional<PageFeed> find(String ticket) {
        return Optional.ofNullable(byTicket.get(ticket));
    }

    /** How many pages of this node have a feed connected (for leak checks). */
    int connected() {
        return (int) byTicket.values().stream().filter(PageFeed::connected).count();
    }

    /** {"type":"card","seq":…,"card":…}: built once per card change, way of seeing it and votes shown. */
    private TextMessage cardMessage(long seq, Card stored, CardVisibility.Seen seen, boolean votes) {
        return cardMessages.get(stored, seen.ordinal() * 2 + (votes ? 1 : 0), () -> {
            ObjectNode message = JSON.createObjectNode().put("type", "card").put("seq", seq);
            message.set("card", BoardCanvas.cardJson(CardVisibility.shown(stored, seen), votes));
            return new TextMessage(JSON.writeValueAsString(message));
        });
    }

    private static TextMessage removedMessage(long seq, String cardId) {
        return new TextMessage(JSON.writeValueAsString(JSON.createObjectNode().put("type", "remove").put("seq", seq)
                .put("id", cardId)));
    }

    /** One page's feed: its ticket, and the connection its canvas holds now, if any. */
    final class PageFeed {
        final String ticket;
        private final String boardId;
        private final Actor viewer;
        private volatile Connection connection;

        private PageFeed(String ticket, String boardId, Actor viewer) {
            this.ticket = ticket;
            this.boardId = boardId;
            this.viewer = viewer;
        }

        /** Whether the feed brings this event to the canvas, so the page's Vaadin side can leave it out. */
        boolean carries(BoardEventLog.Entry entry) {
            Connection current = connection;
            return current != null && current.open && entry.seq() > current.from
                    && (entry.event() instanceof BoardEvent.CardSaved
                    || entry.event() instanceof BoardEvent.CardDeleted
                    || entry.event() instanceof BoardEvent.CommentsChanged); // its count came with the card's event
        }

        boolean connected() {
            Connection current = connection;
            return current != null && current.open;
        }

        /** The canvas connected (again): a connection before is closed. */
        synchronized void connect(WebSocketSession raw) {
            drop(CloseStatus.NORMAL);
            Role role = access.roleOf(viewer, boardId).orElse(null);
            if (role == null) {
                closeQuietly(raw, CloseStatus.POLICY_VIOLATION);
                return;
            }
            connection = new Connection(this, raw, role);
        }

        /** The socket closed: the page's Vaadin side takes the card changes again. */
        synchronized void disconnected(WebSocketSession raw) {
            Connection current = connection;
            if (current != null && current.raw == raw) {
                current.stop();
                connection = null;
            }
        }

        synchronized void drop(CloseStatus status) {
            Connection current = connection;
            connection = null;
            if (current != null) {
                current.close(status);
            }
        }
    }

    /**
     * One connected socket of a page. It follows the board in a lane from the seq it said hello with, judging each
     * card change against the session as it was at that event and the viewer's role, as {@code BoardService.cards}
     * does for the whole board. Sending never holds the page's lock, which the container's close callback takes.
     */
    private final class Connection implements LiveBoard.Follower {
        private final PageFeed page;
        final WebSocketSession raw;
        private final WebSocketSession socket;
        private final Registration following;
        /** The seq the connection follows after. */
        final long from;
        volatile boolean open = true;
        /** The session as of the last event heard, and the viewer's role: read and written in the lane only. */
        private Board board;
        private Role role;

        /** Follows the board and says hello; the lane waits for the hello before telling it anything. */
        Connection(PageFeed page, WebSocketSession raw, Role role) {
            this.page = page;
            this.raw = raw;
            this.socket = new ConcurrentWebSocketSessionDecorator(raw, SEND_TIME_LIMIT_MS, BUFFER_LIMIT);
            synchronized (this) {
                this.role = role;
                BoardEventBus.Following start = events.followFromNow(page.boardId, this);
                this.board = start.board();
                this.following = start.registration();
                this.from = start.seq();
                send(new TextMessage("{\"type\":\"hello\",\"seq\":" + start.seq() + "}"));
            }
        }

        @Override
        public synchronized void onEvent(BoardEventLog.Entry entry) {
            if (!open) {
                return;
            }
            switch (entry.event()) {
                case BoardEvent.CardSaved saved -> send(cardMessage(entry.seq(), saved.card(),
                        CardVisibility.seenBy(saved.card(), board, page.viewer, role), board.getVote().totalsShown()));
                case BoardEvent.CardDeleted deleted -> send(removedMessage(entry.seq(), deleted.cardId()));
                case BoardEvent.SessionChanged changed -> board = changed.board();
                case BoardEvent.AccessChanged change when change.concerns(page.viewer.id()) -> {
                    role = access.roleOf(page.viewer, page.boardId).orElse(null);
                    if (role == null) {
                        close(CloseStatus.POLICY_VIOLATION); // no longer a member: nothing more of the board
                    }
                }
                default -> {
                    // the rest reaches the page through Vaadin
                }
            }
        }

        /** The node reloaded the board: the canvas reconnects and asks for the whole board. */
        @Override
        public void onResync() {
            close(CloseStatus.SERVICE_RESTARTED);
        }

        void stop() {
            open = false;
            following.remove();
        }

        void close(CloseStatus status) {
            stop();
            closeQuietly(socket, status);
        }

        private void send(TextMessage message) {
            try {
                if (socket.isOpen()) {
                    socket.sendMessage(message);
                }
            } catch (IOException | RuntimeException e) { // too slow (the decorator closed it) or gone
                log.debug("A board page's feed is gone: {}", e.getMessage());
            }
        }
    }

    private static void closeQuietly(WebSocketSession socket, CloseStatus status) {
        try {
            socket.close(status);
        } catch (IOException e) {
            log.debug("A board page's feed closed badly: {}", e.getMessage());
        }
    }
}
