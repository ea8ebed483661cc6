package app.atelier.board.ui;

import app.atelier.access.AccessService;
import app.atelier.access.CurrentActor;
import app.atelier.access.Role;
import app.atelier.access.ui.MembersDialog;
import app.atelier.base.NotFoundException;
import app.atelier.base.ui.AfterAnswer;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.CardVisibility;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.board.internal.BoardEventLog;
import app.atelier.board.ui.BoardPagePart.Place;
import app.atelier.presence.PresenceService;
import app.atelier.presence.ui.PresenceList;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;

/**
 * One board, live. Subscribes to the board's events while attached and applies each to the one card it names;
 * gestures go to {@link BoardService}, whose event then reaches every open page, this one included. What features
 * add (the session's steering, the vote, the priorities, comments, exports) comes from their
 * {@link BoardPageContribution}s: the page knows none of them.
 */
@Route("boards/:boardId")
@AnonymousAllowed
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final BoardService service;
    private final BoardEventBus events;
    private final PresenceService presence;
    private final AccessService access;
    private final CurrentActor currentActor;
    private final BoardPageParts parts;
    private final CardSheets sheets;

    private final H2 title = new H2();
    private final HorizontalLayout bar;
    /** The facilitators' row: the features' tools, shown to facilitators only (the services check anyway). */
    private final HorizontalLayout tools = new HorizontalLayout();
    private final Div below = new Div();
    final Button people = new Button();
    final Div accessLost = new Div();
    final BoardCanvas canvas = new BoardCanvas();
    final PresenceList presenceList = new PresenceList();
    private final BoardPageState page = new BoardPageState(canvas);

    private Registration eventSubscription;
    private Registration presenceSeat;
    private final CanvasFeeds feeds;
    /** Where the canvas hears card changes while it is connected; null while the page is not on its board. */
    volatile CanvasFeeds.PageFeed feed;
    private final AwayBacklog backlog = new AwayBacklog();
    private final BoardJoins joins;
    /** When this page opened its board ({@link System#nanoTime()}); 0 once the whole board was sent. */
    private long joinStarted;

    public BoardView(BoardService service, List<BoardPageContribution> contributions, BoardEventBus events,
                     PresenceService presence, AccessService access, CurrentActor currentActor,
                     AfterAnswer afterAnswer, BoardJoins joins, CanvasFeeds feeds) {
        this.service = service;
        this.feeds = feeds;
        this.joins = joins;
        this.parts = new BoardPageParts(contributions);
        this.sheets = new CardSheets(service, parts, canvas);
        page.sheets = sheets;
        this.events = events;
        this.presence = presence;
        this.access = access;
        this.currentActor = currentActor;
        setSizeFull();
        setPadding(true);
        addClassName("board-view");
        title.setId("board-title");
        title.addClassName("board-title");
        RouterLink back = new RouterLink(getTranslation("board.back"), HomeView.class);
        people.setId("board-people");
        people.setText(getTranslation("members.title"));
        people.addClickListener(e -> new MembersDialog(access, page.actor, page.boardId()).open());
        people.setVisible(false);
        accessLost.setId("access-lost");
        accessLost.addClassName("access-lost");
        accessLost.setVisible(false);
        bar = new HorizontalLayout(back, title, people, presenceList);
        bar.setWrap(true);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(title);
        tools.setId("facilitator-tools");
        tools.setWrap(true);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setVisible(false);
        canvas.setId("board-canvas");
        canvas.onGestures(new BoardCanvasGestures(canvas, service, afterAnswer, page, parts, sheets, this::sendBoard));
        add(bar, tools, below, accessLost, canvas);
        setFlexGrow(1, canvas);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String boardId = event.getRouteParameters().get("boardId").orElse("");
        try {
            page.actor = currentActor.get().orElseThrow(() -> new NotFoundException("error.board.notFound", boardId));
            Board next = service.getBoard(page.actor, boardId);
            page.role = access.roleOf(page.actor, boardId).orElseThrow();
            boolean changed = page.board == null || !page.board.getId().equals(next.getId());
            if (changed) {
                joinStarted = System.nanoTime();
            }
            page.board = next;
            page.template = service.templateOf(next);
            title.setText(next.getTitle());
            parts.buildFor(page, Map.of(Place.HEADER, part -> bar.addComponentAtIndex(bar.indexOf(people), part),
                    Place.TOOLS, tools::add, Place.BELOW, below::add));
            showRole();
            // ?card=<id>: a link to one card (from an action in "My actions") opens its sheet
            event.getLocation().getQueryParameters().getSingleParameter("card")
                    .ifPresent(cardId -> sheets.open(page, cardId));
            if (changed && isAttached()) {
                // Same page, another board: the canvas stays connected, so push the new board ourselves.
                leave();
                enter(UI.getCurrent());
                catchUp();
            }
        } catch (NotFoundException e) {
            event.rerouteToError(e, getTranslation("board.notFound"));
        }
    }

    @Override
    public String getPageTitle() {
        return page.board == null ? getTranslation("app.name")
                : page.board.getTitle() + " — " + getTranslation("app.name");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (page.board != null) {
            enter(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leave();
    }

    /**
     * Subscribes to the board's events, changes of who may do what among them. The board itself goes out when the
     * browser's canvas says it is ready (and again whenever it reconnects): subscribed first, nothing that happens
     * in between is lost.
     */
    private void enter(UI ui) {
        String personId = page.actor.id();
        feed = feeds.open(page.boardId(), page.actor);
        canvas.followFeed(CanvasFeeds.PATH + feed.ticket);
        eventSubscription = events.subscribeInRuns(page.boardId(), run -> {
            List<BoardEventLog.Entry> mine = run.stream().filter(entry -> concernsPage(entry, personId)).toList();
            if (!mine.isEmpty()) {
                ui.access(() -> mine.forEach(entry -> deliver(ui, entry)));
            }
        }, () -> ui.access(this::resync));
        presenceSeat = presence.join(page.boardId(), page.actor,
                people -> ui.access(() -> presenceList.show(people)));
    }

    /**
     * Whether the page itself has something to do with an event: not with someone else's access, nor with a card
     * change its canvas hears from its feed (unless the card's sheet may be open here).
     */
    private boolean concernsPage(BoardEventLog.Entry entry, String personId) {
        if (entry.event() instanceof BoardEvent.AccessChanged change) {
            return change.concerns(personId);
        }
        return !feedCarries(entry) || sheets.isOpen();
    }

    private boolean feedCarries(BoardEventLog.Entry entry) {
        CanvasFeeds.PageFeed current = feed;
        return current != null && current.carries(entry);
    }

    private void leave() {
        if (feed != null) {
            feeds.close(feed);
            feed = null;
        }
        if (eventSubscription != null) {
            eventSubscription.remove();
            eventSubscription = null;
        }
        if (presenceSeat != null) {
            presenceSeat.remove();
            presenceSeat = null;
        }
    }

    /** This node lost the board's thread and reloaded it: start again from the board as it is now. */
    private void resync() {
        page.board = service.getBoard(page.actor, page.boardId());
        catchUp();
    }

    /** The whole page again: what this person owns (their dots), what their role offers, the board. */
    private void catchUp() {
        parts.reconnected();
        showRole();
        sendBoard(); // clears behind
    }

    private void sendBoard() {
        if (page.board != null && eventSubscription != null && page.role != null) {
            backlog.caughtUp();
            BoardService.CardsAsOf cards = service.cardsAsOf(page.actor, page.boardId());
            canvas.showBoard(page.template, cards.cards(), page.board, cards.seq());
            canvas.showSession(page.board, page.ownDots, page.actor.id());
            if (joinStarted != 0) {
                joins.completed(joinStarted);
                joinStarted = 0;
            }
        }
    }

    /** Someone changed access on this board: if it was this person's, the page follows at once. */
    private void recheckAccess() {
        Role now = access.roleOf(page.actor, page.boardId()).orElse(null);
        if (now == page.role) {
            return;
        }
        page.role = now;
        showRole();
        if (now == null) {
            leave();
            canvas.removeFromParent();
            accessLost.setText(getTranslation("access.lost"));
            accessLost.setVisible(true);
        } else {
            Notification.show(getTranslation("access.roleChanged", getTranslation("role." + now.id())));
        }
    }

    /**
     * What this person's role and the session offer on the page (the services decide what is actually allowed):
     * facilitators steer; participants write only in the writing phase of an unlocked board.
     */
    private void showRole() {
        Role role = page.role;
        Board board = page.board;
        boolean facilitator = role == Role.FACILITATOR;
        people.setVisible(facilitator);
        tools.setVisible(facilitator);
        parts.show(role, board);
        canvas.setFacilitator(facilitator);
        canvas.setVoter(role != null && role.canWrite());
        canvas.setReadOnly(role == null || !role.canWrite() || board.isSealed()
                || (!facilitator && (!board.getPhase().participantsWrite() || board.isLocked())));
    }

    /**
     * Applies an event, unless this page has been away for long (see {@link AwayBacklog}): then it gets the whole
     * board when it is back, on its next event or when the canvas reconnects and asks for it.
     */
    private void deliver(UI ui, BoardEventLog.Entry entry) {
        BoardEvent event = entry.event();
        if (event instanceof BoardEvent.AccessChanged) {
            recheckAccess(); // never skipped, however far behind the page is
        } else if (backlog.keepsUp(ui)) {
            apply(entry);
        } else {
            if (event instanceof BoardEvent.SessionChanged changed) {
                page.board = changed.board(); // kept current for the catch-up
            }
            if (!AwayBacklog.isAway(ui)) {
                catchUp();
            }
        }
    }

    /** Applies one event: only the card that changed travels to the browser, unless its feed brings it. */
    private void apply(BoardEventLog.Entry entry) {
        BoardEvent event = entry.event();
        sheets.boardChanged(event);
        if (feedCarries(entry)) {
            return; // here for the open sheet only
        }
        switch (event) {
            case BoardEvent.CardSaved saved -> canvas.showCard(saved.card(),
                    CardVisibility.forViewer(saved.card(), page.board, page.actor, page.role), page.board,
                    entry.seq());
            case BoardEvent.SessionChanged changed -> applySession(changed.board());
            case BoardEvent.AccessChanged change -> recheckAccess();
            case BoardEvent.CardDeleted deleted -> canvas.removeCard(deleted.cardId(), entry.seq());
            case BoardEvent.CommentsChanged comments -> {
                // the count came with the card's own event; an open sheet redrew its comments above
            }
            case BoardEvent.PlanChanged plan -> parts.itemChanged(plan);
            case BoardEvent.IdeaChanged idea -> parts.itemChanged(idea);
        }
    }

    private void applySession(Board next) {
        Board before = page.board;
        boolean newRound = next.getVote().round() != before.getVote().round();
        boolean totalsShown = next.getVote().totalsVisible() != before.getVote().totalsVisible();
        boolean visibility = next.isPrivateWriting() != before.isPrivateWriting()
                || next.isAnonymous() != before.isAnonymous();
        page.board = next;
        if (newRound) {
            page.ownDots = Map.of(); // a new round starts with an empty ballot: nothing to read
        }
        showRole();
        if (newRound || totalsShown || visibility) {
            sendBoard(); // every card's dots changed at once: send the board, not hundreds of updates
        } else {
            canvas.showSession(page.board, page.ownDots, page.actor.id());
        }
    }

    /** The card sheet that is open now, if any (tests drive it). */
    CardEditor openEditor() {
        return sheets.openSheet();
    }

    Board board() {
        return page.board;
    }
}
