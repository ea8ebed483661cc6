package app.atelier.board.ui;

import app.atelier.board.Board;
import app.atelier.board.Card;
import app.atelier.template.BoardTemplate;
import app.atelier.template.ZoneDefinition;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server side of the {@code <atelier-board>} canvas (frontend/atelier-board.ts). The cards are not server-side
 * components: the whole board is sent once, then one card per change, which keeps a participant's cost on the
 * server at a few KB whatever the number of cards.
 */
@Tag("atelier-board")
@JsModule("./atelier-board.ts")
@Uses(Icon.class) // the canvas draws its badges with Vaadin's icon set
public class BoardCanvas extends Component {
    /** What the canvas reports: the person's gestures, for the view to turn into service calls. */
    public interface Gestures {
        /** The browser's canvas is (re)connected and needs the whole board. */
        void ready();

        void move(String cardId, String zone, double x, double y);

        void open(String cardId);

        void requestNew(String zone);

        void toggleZoneLock(String zone);

        void vote(String cardId, int delta);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A card change's JSON, with and without its votes. */
    private static final PerCardChange<ObjectNode> SHARED = new PerCardChange<>(2);

    private Gestures gestures;

    public void onGestures(Gestures gestures) {
        this.gestures = gestures;
    }

    /**
     * Sends the whole board: its layout (labels in the UI's language) and every card as this person sees it, as of
     * the board's event {@code seq} (the canvas keeps what its feed brought after it).
     */
    void showBoard(BoardTemplate template, List<Card> cards, Board session, long seq) {
        ArrayNode cardNodes = JSON.createArrayNode();
        cards.forEach(card -> cardNodes.add(cardJson(card, session.getVote().totalsShown())));
        getElement().callJsFunction("setBoard", layoutJson(template), cardNodes, labelsJson(), seq);
    }

    /** One card, as a person sees it: a card shown as it is is turned into JSON once for all pages. */
    void showCard(Card stored, Card shown, Board session) {
        upsertCard(cardJson(stored, shown, session));
    }

    /** {@link #showCard} for the board's event {@code seq}. */
    void showCard(Card stored, Card shown, Board session, long seq) {
        getElement().callJsFunction("upsertCard", cardJson(stored, shown, session), seq);
    }

    private static ObjectNode cardJson(Card stored, Card shown, Board session) {
        boolean votes = session.getVote().totalsShown();
        return shown == stored ? sharedCardJson(shown, votes) : cardJson(shown, votes);
    }

    /** Where the canvas connects to hear the board's card changes ({@link CanvasFeeds}). */
    void followFeed(String path) {
        getElement().callJsFunction("followFeed", path);
    }

    /** The session as this person's canvas shows it: locks, whether a vote is open, their own dots while it is. */
    void showSession(Board board, Map<String, Integer> ownDots, String viewerId) {
        Map<String, Integer> myVotes = board.getVote().open() ? ownDots : Map.of();
        ObjectNode session = JSON.createObjectNode().put("locked", board.isLocked())
                .put("voteOpen", board.getVote().open()).put("spotlight", board.getSpotlightCardId());
        ArrayNode zones = session.putArray("lockedZones");
        board.getLockedZones().forEach(zones::add);
        board.breakoutGroupOf(viewerId).ifPresent(group -> session.put("myGroup", group.id()));
        ObjectNode groups = session.putObject("groups");
        board.getBreakoutGroups().forEach(group -> groups.put(group.id(), group.name()));
        ObjectNode mine = session.putObject("myVotes");
        myVotes.forEach(mine::put);
        getElement().callJsFunction("setSession", session);
    }

    /** Whether this person may spend dots (facilitators and participants). */
    public void setVoter(boolean voter) {
        getElement().setAttribute("voter", voter);
    }

    /** Facilitators get the zone lock buttons and may drag anything. */
    public void setFacilitator(boolean facilitator) {
        getElement().setAttribute("facilitator", facilitator);
    }

    /** Read-only: no "add" buttons and no dragging (for observers; the server enforces it regardless). */
    public void setReadOnly(boolean readOnly) {
        getElement().setAttribute("readonly", readOnly);
    }

    void upsertCard(JsonNode card) {
        getElement().callJsFunction("upsertCard", card);
    }

    void removeCard(String cardId) {
        getElement().callJsFunction("removeCard", cardId);
    }

    /** {@link #removeCard} for the board's event {@code seq}. */
    void removeCard(String cardId, long seq) {
        getElement().callJsFunction("removeCard", cardId, seq);
    }

    /**
     * {@link #cardJson} of a card that many pages show as it is (no private writing, no anonymity): built once per
     * change and shared, instead of once per page. Nodes are only read once built, so pages may share them.
     */
    static ObjectNode sharedCardJson(Card card, boolean showVotes) {
        return SHARED.get(card, showVotes ? 1 : 0, () -> cardJson(card, showVotes));
    }

    /** The canvas' view of a card: what a sticky note shows, nothing more (no totals while they are hidden). */
    static ObjectNode cardJson(Card card, boolean showVotes) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", card.getId())
                .put("zone", card.getZone())
                .put("text", card.getText())
                .put("color", card.getColor())
                .put("x", card.getX())
                .put("y", card.getY())
                .put("fieldCount", (int) card.getFields().values().stream().filter(v -> !v.isBlank()).count())
                .put("locked", card.isLocked())
                .put("version", card.getVersion());
        if (card.getAuthor() != null) {
            node.put("author", card.getAuthor());
        }
        if (showVotes) {
            node.put("votes", card.getVotes());
        }
        if (card.isHidden()) {
            node.put("hidden", true);
        }
        if (card.getComments() > 0) {
            node.put("comments", card.getComments());
        }
        if (card.getGroup() != null) {
            node.put("group", card.getGroup());
        }
        if (!card.getEvidence().isEmpty()) {
            node.put("evidence", card.getEvidence().size());
        }
        if (card.getPlusOnes() > 0) {
            node.put("plusOnes", card.getPlusOnes());
        }
        if (!card.getImages().isEmpty()) {
            node.put("thumb", card.getImages().getFirst().pagePath(card.getBoardId(), card.getId(), true));
            node.put("images", card.getImages().size());
        }
        if (card.getStatus() != null) {
            node.put("status", card.getStatus().id());
        }
        if (card.getBreakoutGroup() != null) {
            node.put("team", card.getBreakoutGroup());
        }
        return node;
    }

    private ObjectNode layoutJson(BoardTemplate template) {
        ObjectNode layout = JSON.createObjectNode().put("columns", template.columns()).put("rows", template.rows());
        ArrayNode groups = layout.putArray("groups");
        template.groups().forEach(g -> groups.addObject()
                .put("id", g.id())
                .put("shape", g.shape())
                .put("label", getTranslation(template.groupLabelKey(g.id())))
                .set("area", JSON.valueToTree(g.area())));
        ArrayNode zones = layout.putArray("zones");
        for (ZoneDefinition z : template.zones()) {
            ObjectNode zone = zones.addObject()
                    .put("id", z.id())
                    .put("label", getTranslation(template.zoneLabelKey(z.id())))
                    .put("hint", getTranslation(template.zoneHintKey(z.id())));
            zone.set("area", JSON.valueToTree(z.area()));
            if (z.group() != null) {
                zone.put("group", z.group());
            }
        }
        return layout;
    }

    private ObjectNode labelsJson() {
        return JSON.valueToTree(Map.ofEntries(
                Map.entry("add", getTranslation("board.canvas.add")),
                Map.entry("openCard", getTranslation("board.canvas.open")),
                Map.entry("fieldsBadge", getTranslation("board.canvas.fields")),
                Map.entry("locked", getTranslation("board.canvas.locked")),
                Map.entry("lockZone", getTranslation("board.canvas.lockZone")),
                Map.entry("unlockZone", getTranslation("board.canvas.unlockZone")),
                Map.entry("vote", getTranslation("vote.add")),
                Map.entry("unvote", getTranslation("vote.remove")),
                Map.entry("votes", getTranslation("vote.total")),
                Map.entry("myVotes", getTranslation("vote.mine")),
                Map.entry("agreed", getTranslation("status.agreed")),
                Map.entry("setAside", getTranslation("status.set-aside")),
                Map.entry("privateCard", getTranslation("session.privateCard")),
                Map.entry("comments", getTranslation("comments.title")),
                Map.entry("group", getTranslation("groups.group")),
                Map.entry("evidence", getTranslation("groups.evidence")),
                Map.entry("images", getTranslation("images.title")),
                Map.entry("plusOnes", getTranslation("card.plusOnes")),
                Map.entry("listView", getTranslation("board.canvas.listView")),
                Map.entry("moveHint", getTranslation("board.canvas.moveHint")),
                Map.entry("movedTo", getTranslation("board.canvas.movedTo")),
                Map.entry("newCard", getTranslation("board.canvas.newCard")),
                Map.entry("removedCard", getTranslation("board.canvas.removedCard")),
                Map.entry("noCards", getTranslation("board.canvas.noCards"))));
    }

    @ClientCallable
    private void ready() {
        run(Gestures::ready);
    }

    @ClientCallable
    private void moveCard(String cardId, String zone, double x, double y) {
        run(g -> g.move(cardId, zone, x, y));
    }

    @ClientCallable
    private void openCard(String cardId) {
        run(g -> g.open(cardId));
    }

    @ClientCallable
    private void vote(String cardId, int delta) {
        run(g -> g.vote(cardId, delta));
    }

    @ClientCallable
    private void toggleZoneLock(String zone) {
        run(g -> g.toggleZoneLock(zone));
    }

    @ClientCallable
    private void requestNewCard(String zone) {
        run(g -> g.requestNew(zone));
    }

    private void run(Consumer<Gestures> action) {
        if (gestures != null) {
            action.accept(gestures);
        }
    }
}
