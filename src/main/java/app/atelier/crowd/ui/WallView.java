package app.atelier.crowd.ui;

import app.atelier.access.AccessService;
import app.atelier.access.CurrentActor;
import app.atelier.access.Role;
import app.atelier.base.NotFoundException;
import app.atelier.base.PublicUrls;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.BoardStream;
import app.atelier.board.Card;
import app.atelier.board.CardVisibility;
import app.atelier.board.Crowd;
import app.atelier.board.TimerState;
import app.atelier.crowd.CrowdService;
import app.atelier.crowd.QrCodes;
import app.atelier.crowd.api.PhoneRooms;
import app.atelier.security.Actor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The wall display, for a projector: read-only and full screen. The join link as a QR code and its code, how many
 * phones are here, what the phones are asked now, and the board's newest cards, large and live, as the room may
 * see them (a facilitator who opens it does not project private cards).
 */
@Route(value = "boards/:boardId/wall", autoLayout = false) // the whole screen: no app header on a projector
@AnonymousAllowed
public class WallView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    /** How many cards the wall shows: the newest, so a room of a thousand sees what just arrived. */
    static final int SHOWN = 24;

    final H1 title = new H1();
    final Image qr = new Image();
    final Span code = new Span();
    final Paragraph joinAt = new Paragraph();
    final Paragraph step = new Paragraph();
    final Paragraph count = new Paragraph();
    /** The session's phase, and its timer ticking in the browser while it runs. */
    final Paragraph phase = new Paragraph();
    final Span timer = new Span();
    /** The room's reactions, counted (read with the phones' count, every few seconds). */
    final Paragraph reactions = new Paragraph();
    final Div cards = new Div();
    /** The crowd's vote as a chart, once it closed. */
    final Image results = new Image();
    private final BoardService boards;
    private final BoardStream stream;
    private final AccessService access;
    private final CurrentActor current;
    private final PublicUrls urls;
    private final PhoneRooms phones;
    private final CrowdService crowd;
    /** The newest cards' tiles, oldest first; the page shows them newest first. */
    private final Map<String, Div> tiles = new LinkedHashMap<>();
    /** Every card of the board the wall may show, for the count (the tiles are only the newest). */
    private final Set<String> visible = new HashSet<>();
    private Registration following;
    private Registration polling;
    /** The round whose results the chart shows (0: none drawn yet). */
    private int chartRound;
    private Actor viewer;
    /** Who the wall shows the board to: the room, so a participant's view whoever opened it (no private card). */
    private static final Actor ROOM = Actor.guest("wall:room", null);
    private Board board;

    public WallView(BoardService boards, BoardStream stream, AccessService access, CurrentActor current,
                    PublicUrls urls, PhoneRooms phones, CrowdService crowd) {
        this.phones = phones;
        this.crowd = crowd;
        this.boards = boards;
        this.stream = stream;
        this.access = access;
        this.current = current;
        this.urls = urls;
        setId("wall");
        addClassName("wall");
        title.setId("wall-title");
        qr.setId("wall-qr");
        code.setId("wall-code");
        code.addClassName("wall-code");
        step.setId("wall-step");
        count.setId("wall-count");
        phase.setId("wall-phase");
        reactions.setId("wall-reactions");
        reactions.addClassName("wall-reactions");
        timer.setId("wall-timer");
        timer.addClassName("wall-timer");
        cards.setId("wall-cards");
        cards.addClassName("wall-cards");
        results.setId("wall-results");
        results.addClassName("wall-results");
        results.setVisible(false);
        Div join = new Div(qr, joinAt, code);
        join.addClassName("wall-join");
        Div head = new Div(title, phase, step, count, reactions);
        head.addClassName("wall-head");
        add(new Div(head, join), results, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String boardId = event.getRouteParameters().get("boardId").orElse("");
        try {
            viewer = current.get().orElseThrow(() -> new NotFoundException("error.board.notFound", boardId));
            access.requireMember(viewer, boardId);
            board = boards.getBoard(viewer, boardId);
        } catch (NotFoundException e) {
            event.rerouteToError(e, getTranslation("board.notFound"));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (board == null) {
            return;
        }
        UI ui = attach.getUI();
        following = stream.follow(board.getId(), e -> ui.access(() -> apply(e)), () -> ui.access(this::reload));
        ui.setPollInterval(5_000); // phones joining are no board event: their count is read every few seconds
        polling = ui.addPollListener(e -> showRoom());
        reload();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1); // the page's other views need no polling
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    private void reload() {
        board = boards.getBoard(viewer, board.getId());
        tiles.clear();
        cards.removeAll();
        visible.clear();
        boards.cards(viewer, board.getId()).stream().sorted(Comparator.comparing(Card::getCreatedAt))
                .map(card -> CardVisibility.forViewer(card, board, ROOM, Role.PARTICIPANT)).forEach(this::keep);
        showSession();
        showIdeaCount();
        showRoom();
    }

    private void apply(BoardEvent event) {
        switch (event) {
            case BoardEvent.CardSaved saved -> {
                keep(CardVisibility.forViewer(saved.card(), board, ROOM, Role.PARTICIPANT));
                showIdeaCount();
            }
            case BoardEvent.CardDeleted deleted -> {
                Div tile = tiles.remove(deleted.cardId());
                if (tile != null) {
                    cards.remove(tile);
                }
                visible.remove(deleted.cardId());
                showIdeaCount();
            }
            case BoardEvent.SessionChanged changed -> {
                boolean visibility = changed.board().isPrivateWriting() != board.isPrivateWriting()
                        || changed.board().isAnonymous() != board.isAnonymous();
                board = changed.board();
                if (visibility) {
                    reload();
                } else {
                    showSession();
                }
            }
            default -> {
                // comments, access, the plan, ideas waiting: not on the wall
            }
        }
    }

    /**
     * A card as the room may see it: its tile goes first (one tile sent to the browser, not the wall again), the
     * oldest tile past {@link #SHOWN} goes; a card the room may not read leaves the wall.
     */
    private void keep(Card card) {
        Div before = tiles.remove(card.getId());
        if (before != null) {
            cards.remove(before);
        }
        if (card.isHidden()) {
            visible.remove(card.getId());
            return;
        }
        visible.add(card.getId());
        Div tile = tile(card);
        tiles.put(card.getId(), tile);
        cards.addComponentAsFirst(tile);
        while (tiles.size() > SHOWN) {
            String oldest = tiles.keySet().iterator().next();
            cards.remove(tiles.remove(oldest));
        }
    }

    private void showSession() {
        title.setText(board.getTitle());
        Crowd now = board.getCrowd();
        String link = urls.base() + "/crowd/" + now.code();
        boolean joinable = now.on() && now.code() != null;
        qr.setVisible(joinable);
        code.setVisible(joinable);
        joinAt.setVisible(joinable);
        if (joinable && !link.equals(qr.getElement().getAttribute("data-link"))) {
            qr.setSrc("data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(link, 480)));
            qr.setAlt(link);
            qr.getElement().setAttribute("data-link", link);
            joinAt.setText(getTranslation("crowd.joinAt", urls.base() + "/crowd"));
            code.setText(now.code());
        }
        step.setText(now.writing() ? getTranslation("crowd.wall.writing",
                getTranslation(boards.templateOf(board).zoneLabelKey(now.zone())))
                : now.voting() ? getTranslation("crowd.wall.voting", now.dots())
                : getTranslation("crowd.wall.waiting"));
        showResults(now);
        showPhaseAndTimer();
    }

    private void showPhaseAndTimer() {
        phase.removeAll();
        phase.setText(getTranslation("session.phase") + getTranslation("pdf.colon") + getTranslation("phase." + board.getPhase().id()));
        TimerState clock = board.getTimer();
        long left = clock.remainingAt(Instant.now());
        if (!clock.running() && left >= clock.durationMs()) {
            return; // a timer nobody started is not shown
        }
        timer.setText(String.format("%02d:%02d", left / 60_000, left / 1000 % 60));
        phase.add(new Span(" · "), timer);
        // the browser ticks a running timer down from the server's figure; a paused one stays as it is
        timer.getElement().executeJs("""
                const el = this, end = Date.now() + $0, running = $1;
                clearInterval(el._wallTick);
                const two = n => String(n).padStart(2, '0');
                const tick = () => {
                  const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
                  el.textContent = two(Math.floor(s / 60)) + ':' + two(s % 60);
                };
                if (running) { tick(); el._wallTick = setInterval(tick, 1000); }""", left, clock.running());
    }

    /**
     * When a vote has closed (and until the next one opens), its results as a chart: drawn once per round, since a
     * closed round's dots no longer change.
     */
    private void showResults(Crowd now) {
        boolean closed = now.on() && !now.voting() && now.round() > 0 && !now.shortlist().isEmpty();
        results.setVisible(closed);
        if (!closed || now.round() == chartRound) {
            return;
        }
        chartRound = now.round();
        Map<String, Integer> byCard = crowd.results(viewer, board.getId());
        Map<String, Integer> byText = new LinkedHashMap<>();
        boards.crowdView(board.getId(), now.shortlist()).stream()
                .sorted(Comparator.comparing((Card c) -> -byCard.getOrDefault(c.getId(), 0)))
                .forEach(c -> byText.merge(c.getText(), byCard.getOrDefault(c.getId(), 0), Integer::sum));
        String title = getTranslation("crowd.wall.results");
        results.setSrc("data:image/png;base64," + Base64.getEncoder().encodeToString(
                ResultsChart.png(byText, getTranslation("crowd.wall.dots"), 1200, 90 + 60 * byText.size())));
        results.setAlt(title + ": " + byText.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
    }

    private Div tile(Card card) {
        Div tile = new Div(new Span(card.getText())); // words as text
        tile.addClassName("wall-card");
        if (card.getPlusOnes() > 0) {
            Span plus = new Span("+" + card.getPlusOnes());
            plus.addClassName("wall-plus");
            tile.add(plus);
        }
        if (card.getAuthor() != null && !board.isAnonymous()) {
            Span author = new Span(card.getAuthor());
            author.addClassName("wall-author");
            tile.add(author);
        }
        return tile;
    }

    /** How many ideas and phones: from memory, on every card event. */
    private void showIdeaCount() {
        count.setText(getTranslation("crowd.wall.ideas", visible.size()) + " · "
                + getTranslation("crowd.people", phones.connected(board.getId())));
    }

    /** The room: the phones and the reactions, read every few seconds (neither is a board event). */
    private void showRoom() {
        showIdeaCount();
        Map<String, Integer> counted = crowd.reactions(viewer, board.getId());
        reactions.setVisible(counted.values().stream().anyMatch(n -> n > 0));
        reactions.setText(counted.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("   ")));
        reactions.getElement().setAttribute("aria-label", getTranslation("crowd.wall.reactions"));
    }

    @Override
    public String getPageTitle() {
        return board == null ? "Atelier" : board.getTitle() + " — Atelier";
    }
}
