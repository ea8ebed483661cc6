package app.atelier.crowd.api;

import app.atelier.base.ConflictException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.LocalizedException;
import app.atelier.crowd.CrowdIdea;
import app.atelier.crowd.CrowdPhone;
import app.atelier.crowd.CrowdService;
import com.vaadin.flow.i18n.I18NProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /crowd/{code}/socket}: a phone's whole conversation, in small JSON messages. The phone says
 * {@code {"type":"hello","secret"?,"name"?,"lang"?}} and hears who it is ({@code welcome}, with the secret to keep),
 * the current {@code step} and its ideas and dots ({@code mine}); it sends {@code {"type":"idea","nonce","text"}} and
 * hears {@code ack} (or {@code error}, same nonce); while a vote is open, {@code {"type":"vote","cardId","add"}} puts
 * a dot on a shortlisted card or takes one back, and it hears its {@code dots}; {@code {"type":"react","reaction"}}
 * sends one of the room's reactions, counted on the wall. Later steps and decisions on its ideas come by themselves. A phone that
 * lost its connection says hello again with its secret and is caught up.
 */
class PhoneSocket extends TextWebSocketHandler {
    static final String CODE = "atelier.crowdCode";
    static final String ADDRESS = "atelier.address";
    static final String LANGUAGE = "atelier.language";
    private static final String PHONE = "atelier.phone";
    private static final String SEAT = "atelier.seat";
    private static final String DECORATED = "atelier.decorated";
    private static final String PENDING = "atelier.pending";
    /** The longest message a phone may send (an idea is at most 1,000 characters). */
    static final int MAX_MESSAGE = 8 * 1024;
    /**
     * Tomcat keeps a buffer this long for each phone; a longer message comes in parts, put together in
     * {@link #whole}. Ten thousand phones with the container's default 8,192 characters would hold 160 MB.
     */
    static final int PART = 512;

    private final CrowdService crowd;
    private final PhoneRooms rooms;
    private final ObjectMapper json;
    private final I18NProvider i18n;
    private final Timer joins;

    PhoneSocket(CrowdService crowd, PhoneRooms rooms, ObjectMapper json, I18NProvider i18n, MeterRegistry metrics) {
        this.joins = Timer.builder("atelier.crowd.join").description("A phone's hello answered: who it is, the step, "
                + "its ideas").publishPercentileHistogram().register(metrics);
        this.crowd = crowd;
        this.rooms = rooms;
        this.json = json;
        this.i18n = i18n;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) {
        raw.setTextMessageSizeLimit(PART);
        raw.getAttributes().put(DECORATED, new ConcurrentWebSocketSessionDecorator(raw, 5_000, 64 * 1024));
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage part) throws IOException {
        String text = whole(raw, part);
        if (text == null) {
            return;
        }
        WebSocketSession session = (WebSocketSession) raw.getAttributes().get(DECORATED);
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JacksonException e) {
            reply(session, error(null, new InvalidInputException("body", "error.json.malformed"), language(raw)));
            return;
        }
        String type = message.path("type").asString("");
        String nonce = message.path("nonce").isString() ? message.path("nonce").asString() : null;
        try {
            switch (type) {
                case "hello" -> joins.record(() -> hello(raw, session, message));
                case "idea" -> idea(raw, session, nonce, message.path("text").asString(null));
                case "vote" -> vote(raw, session, message.path("cardId").asString(null),
                        message.path("add").asBoolean(true));
                case "react" -> react(raw, session, message.path("reaction").asString(null));
                default -> throw new InvalidInputException("type", "error.crowd.unknownMessage");
            }
        } catch (LocalizedException e) {
            reply(session, error(nonce, e, language(raw)));
        }
    }

    /**
     * The whole message once its last part has come, or null while parts are pending. A message longer than
     * {@link #MAX_MESSAGE} closes the connection as "too big", as the container would.
     */
    private static String whole(WebSocketSession raw, TextMessage part) throws IOException {
        StringBuilder pending = (StringBuilder) raw.getAttributes().get(PENDING);
        if (pending == null && part.isLast()) {
            return part.getPayload();
        }
        if (pending == null) {
            pending = new StringBuilder();
            raw.getAttributes().put(PENDING, pending);
        }
        pending.append(part.getPayload());
        if (pending.length() > MAX_MESSAGE) {
            raw.getAttributes().remove(PENDING);
            raw.close(CloseStatus.TOO_BIG_TO_PROCESS);
            return null;
        }
        if (!part.isLast()) {
            return null;
        }
        raw.getAttributes().remove(PENDING);
        return pending.toString();
    }

    private void hello(WebSocketSession raw, WebSocketSession session, JsonNode message) {
        if (raw.getAttributes().containsKey(PHONE)) {
            return; // said once per connection
        }
        if (message.path("lang").asString("").startsWith("fr")) {
            raw.getAttributes().put(LANGUAGE, Locale.FRENCH);
        } else if (message.path("lang").asString("").startsWith("en")) {
            raw.getAttributes().put(LANGUAGE, Locale.ENGLISH);
        }
        CrowdService.Joined joined = crowd.join((String) raw.getAttributes().get(CODE),
                message.path("secret").asString(null), message.path("name").asString(null),
                (String) raw.getAttributes().get(ADDRESS));
        PhoneRooms.Phone phone = new PhoneRooms.Phone(session, joined.phone().id());
        raw.getAttributes().put(PHONE, joined.phone());
        raw.getAttributes().put(SEAT, phone);
        Map<String, Object> welcome = new LinkedHashMap<>();
        welcome.put("type", "welcome");
        welcome.put("secret", joined.secret());
        welcome.put("phoneId", joined.phone().id());
        welcome.put("name", joined.phone().name());
        reply(session, welcome);
        rooms.enter(joined.board().getId(), phone);
        // a phone that just arrived has sent nothing yet: nothing to read
        reply(session, Map.of("type", "mine", "ideas", joined.arrived() ? List.of() : crowd.ideasOf(joined.phone())
                .stream().map(PhoneMessages::idea).toList(), "dots", joined.arrived() ? Map.of()
                : crowd.dotsOf(joined.phone())));
    }

    /** The phone this connection said hello as; anything else first is out of order. */
    private static CrowdPhone phoneOf(WebSocketSession raw) {
        CrowdPhone phone = (CrowdPhone) raw.getAttributes().get(PHONE);
        if (phone == null) {
            throw new ConflictException("error.crowd.helloFirst");
        }
        return phone;
    }

    private void react(WebSocketSession raw, WebSocketSession session, String reaction) {
        crowd.react(phoneOf(raw), reaction);
        reply(session, Map.of("type", "reacted", "reaction", reaction));
    }

    private void vote(WebSocketSession raw, WebSocketSession session, String cardId, boolean add) {
        reply(session, Map.of("type", "dots", "dots", crowd.vote(phoneOf(raw), cardId, add)));
    }

    private void idea(WebSocketSession raw, WebSocketSession session, String nonce, String text) {
        CrowdIdea idea = crowd.send(phoneOf(raw), nonce, text);
        reply(session, Map.of("type", "ack", "nonce", nonce, "idea", PhoneMessages.idea(idea)));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession raw, CloseStatus status) {
        PhoneRooms.Phone phone = (PhoneRooms.Phone) raw.getAttributes().get(SEAT);
        CrowdPhone who = (CrowdPhone) raw.getAttributes().get(PHONE);
        if (phone != null && who != null) {
            rooms.leave(who.boardId(), phone);
        }
    }

    private Map<String, Object> error(String nonce, LocalizedException e, Locale locale) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "error");
        if (nonce != null) {
            error.put("nonce", nonce);
        }
        error.put("code", e.messageKey());
        error.put("message", i18n.getTranslation(e.messageKey(), locale, e.args()));
        return error;
    }

    private static Locale language(WebSocketSession raw) {
        return (Locale) raw.getAttributes().getOrDefault(LANGUAGE, Locale.ENGLISH);
    }

    private void reply(WebSocketSession session, Object message) {
        PhoneRooms.send(session, new TextMessage(rooms.write(message)));
    }
}
