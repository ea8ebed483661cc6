package app.atelier.crowd.api;

import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.BoardStream;
import app.atelier.board.BoardWrites;
import app.atelier.board.Crowd;
import app.atelier.crowd.CrowdIdea;
import app.atelier.crowd.CrowdService;
import app.atelier.crowd.IdeaStatus;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.ObjectMapper;

/**
 * The phones connected to this node, by board. Each board's room follows the board's events once for all its phones:
 * a change of step is turned into one message, serialised once and sent to every phone of the board (off the thread
 * that made the change); a moderator's decision goes to the one phone that sent the idea.
 */
@Component
public class PhoneRooms {
    private static final Logger log = LoggerFactory.getLogger(PhoneRooms.class);

    private final BoardStream stream;
    private final BoardWrites boards;
    private final CrowdService crowd;
    private final BoardService boardService;
    private final I18NProvider i18n;
    private final ObjectMapper json;
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    PhoneRooms(BoardStream stream, BoardWrites boards, CrowdService crowd, BoardService boardService,
               I18NProvider i18n, ObjectMapper json) {
        this.stream = stream;
        this.boards = boards;
        this.crowd = crowd;
        this.boardService = boardService;
        this.i18n = i18n;
        this.json = json;
    }

    /** One connected phone: its session and who it is. */
    record Phone(WebSocketSession session, String phoneId) {
    }

    private final class Room {
        final String boardId;
        final Set<Phone> phones = ConcurrentHashMap.newKeySet();
        volatile String step;
        volatile Board board;
        Registration following;

        Room(String boardId) {
            this.boardId = boardId;
        }

        void onEvent(BoardEvent event) {
            switch (event) {
                case BoardEvent.SessionChanged changed -> stepMayHaveChanged(changed.board());
                case BoardEvent.CardSaved saved when shortlisted(saved.card().getId()) -> stepMayHaveChanged(board);
                case BoardEvent.CardDeleted deleted when shortlisted(deleted.cardId()) -> stepMayHaveChanged(board);
                case BoardEvent.IdeaChanged changed -> crowd.idea(changed.ideaId())
                        .filter(idea -> idea.status() != IdeaStatus.WAITING) // its arrival: the author had the ack
                        .ifPresent(this::tellAuthor);
                default -> {
                    // cards and the rest are for the board's pages and the wall, not for phones
                }
            }
        }

        /** A card the phones are voting on: its words on the phones follow it. */
        boolean shortlisted(String cardId) {
            return board != null && board.getCrowd().voting() && board.getCrowd().shortlist().contains(cardId);
        }

        void stepMayHaveChanged(Board now) {
            board = now;
            String next = stepMessage(now);
            if (!next.equals(step)) {
                step = next;
                TextMessage message = new TextMessage(next);
                senders.execute(() -> phones.forEach(p -> send(p.session(), message)));
            }
        }

        void tellAuthor(CrowdIdea idea) {
            TextMessage message = new TextMessage(write(Map.of("type", "idea", "idea", PhoneMessages.idea(idea))));
            phones.stream().filter(p -> p.phoneId().equals(idea.phoneId())).forEach(p -> send(p.session(), message));
        }
    }

    /** A phone enters its board's room: it hears every later change of step (and gets the current one). */
    void enter(String boardId, Phone phone) {
        // joined inside the map's atomic step, so a room emptied and dropped at that moment is never joined
        Room room = rooms.compute(boardId, (id, existing) -> {
            Room joined = existing;
            if (joined == null) {
                Room created = new Room(id);
                created.following = stream.follow(id, created::onEvent,
                        () -> created.stepMayHaveChanged(boards.board(id)));
                created.board = boards.board(id);
                created.step = stepMessage(created.board);
                joined = created;
            }
            joined.phones.add(phone);
            return joined;
        });
        send(phone.session(), new TextMessage(room.step));
    }

    void leave(String boardId, Phone phone) {
        rooms.computeIfPresent(boardId, (id, room) -> {
            room.phones.remove(phone);
            if (room.phones.isEmpty()) {
                room.following.remove();
                return null;
            }
            return room;
        });
    }

    /** How many phones are connected to this node, all boards together. */
    int connectedHere() {
        return rooms.values().stream().mapToInt(room -> room.phones.size()).sum();
    }

    /** How many phones of the board are connected to this node. */
    public int connected(String boardId) {
        Room room = rooms.get(boardId);
        return room == null ? 0 : room.phones.size();
    }

    /** What every phone of the board shows now: the step, and for writing, the zone (in both languages). */
    private String stepMessage(Board board) {
        Crowd c = board.getCrowd();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "step");
        message.put("on", c.on() && !board.isSealed());
        message.put("step", c.step().id());
        message.put("title", board.getTitle());
        if (c.writing()) {
            String key = boardService.templateOf(board).zoneLabelKey(c.zone());
            message.put("zone", c.zone());
            message.put("zoneLabel", Map.of("fr", i18n.getTranslation(key, Locale.FRENCH),
                    "en", i18n.getTranslation(key, Locale.ENGLISH)));
            message.put("maxChars", c.maxChars());
            message.put("moderated", c.moderated());
        }
        if (c.voting()) {
            message.put("round", c.round());
            message.put("dots", c.dots());
            message.put("shortlist", boardService.crowdView(board.getId(), c.shortlist()).stream()
                    .map(card -> Map.of("id", card.getId(), "text", card.getText())).toList());
        }
        return write(message);
    }

    String write(Object message) {
        return json.writeValueAsString(message);
    }

    static void send(WebSocketSession session, TextMessage message) {
        try {
            if (session.isOpen()) {
                session.sendMessage(message);
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("A phone is gone: {}", e.getMessage());
        }
    }
}
