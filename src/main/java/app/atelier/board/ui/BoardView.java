package app.atelier.board.ui;

import app.atelier.access.AccessService;
import app.atelier.access.CurrentActor;
import app.atelier.access.Role;
import app.atelier.access.ui.MembersDialog;
import app.atelier.base.LocalizedException;
import app.atelier.base.NotFoundException;
import app.atelier.base.ui.AfterAnswer;
import app.atelier.board.Ballot;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardEventBus;
import app.atelier.board.BoardService;
import app.atelier.board.SessionService;
import java.time.Clock;
import app.atelier.board.Card;
import app.atelier.board.CardVisibility;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.html.Span;
import app.atelier.board.CommentService;
import app.atelier.board.GroupService;
import app.atelier.board.PriorityService;
import app.atelier.board.TimerState;
import app.atelier.board.VotingService;
import app.atelier.presence.PresenceService;
import app.atelier.presence.ui.PresenceList;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import app.atelier.template.ZoneDefinition;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/**
 * One board, live. Subscribes to the board's events while attached and applies each to the one card it names;
 * gestures go to {@link BoardService}, whose event then reaches every open page, this one included.
 */
@Route("boards/:boardId")
@AnonymousAllowed
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final BoardService service;
    private final SessionService sessions;
    private final VotingService voting;
    private final PriorityService priorities;
    private final Clock clock;
    private final CommentService comments;
    private final GroupService groups;
    /** Other features' parts of the page (exports…): the page asks for them and knows none of them. */
    private final List<BoardPageContribution> contributions;
    private final BoardEventBus events;
    private final PresenceService presence;
    private final AccessService access;
    private final CurrentActor currentActor;
    private final AfterAnswer afterAnswer;

    private final H2 title = new H2();
    final Button people = new Button();
    final Span phaseBadge = new Span();
    final Span dotsLeft = new Span();
    final Button prioritiesButton = new Button();
    final Span timer = new Span();
    /** Built for facilitators only: a thousand participants need not each hold its components. */
    FacilitatorControls facilitatorControls;
    final Div accessLost = new Div();
    final BoardCanvas canvas = new BoardCanvas();
    final PresenceList presenceList = new PresenceList();

    private Board board;
    private BoardTemplate template;
    private Actor actor;
    private Role role;
    private Registration eventSubscription;
    private Registration presenceSeat;
    private CardEditor openEditor;
    private List<BoardPagePart> parts = List.of();
    private String partsBoardId;
    private Map<String, Integer> myVotes = Map.of();
    /** Changes queued while the push connection is away, and whether queueing stopped (see deliver). */
    private int queuedWhileAway;
    private boolean behind;
    static final int AWAY_BACKLOG = 200;

    public BoardView(BoardService service, SessionService sessions, VotingService voting, PriorityService priorities, CommentService comments,
                     GroupService groups, List<BoardPageContribution> contributions,
                     BoardEventBus events,
                     PresenceService presence, AccessService access,
                     CurrentActor currentActor, AfterAnswer afterAnswer, Clock clock) {
        this.afterAnswer = afterAnswer;
        this.service = service;
        this.sessions = sessions;
        this.contributions = contributions;
        this.groups = groups;
        this.comments = comments;
        this.clock = clock;
        this.priorities = priorities;
        this.voting = voting;
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
        people.addClickListener(e -> new MembersDialog(access, actor, board.getId()).open());
        people.setVisible(false);
        accessLost.setId("access-lost");
        accessLost.addClassName("access-lost");
        accessLost.setVisible(false);
        phaseBadge.setId("phase-badge");
        phaseBadge.addClassName("phase-badge");
        dotsLeft.setId("dots-left");
        dotsLeft.addClassName("dots-left");
        prioritiesButton.setId("priorities");
        prioritiesButton.setText(getTranslation("priorities.title"));
        prioritiesButton.addClickListener(e -> new PrioritiesDialog(priorities, actor, board.getId(), template,
                role == Role.FACILITATOR, showVotes()).open());
        timer.setId("timer");
        timer.addClassName("timer");
        HorizontalLayout bar = new HorizontalLayout(back, title, phaseBadge, timer, dotsLeft, prioritiesButton, people,
                presenceList);
        bar.setWrap(true);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(title);
        canvas.setId("board-canvas");
        canvas.onGestures(new BoardCanvas.Gestures() {
            @Override
            public void ready() {
                // by push after the answer: see AfterAnswer (the last answer stays in memory for each person)
                canvas.getUI().ifPresent(ui -> afterAnswer.push(ui, () -> {
                    loadMyVotes();
                    sendBoard();
                }));
            }

            @Override
            public void move(String cardId, String zone, double x, double y) {
                moveCard(cardId, zone, x, y);
            }

            @Override
            public void open(String cardId) {
                openCard(cardId);
            }

            @Override
            public void requestNew(String zone) {
                openNewCard(zone);
            }

            @Override
            public void vote(String cardId, int delta) {
                act(() -> voting.vote(actor, board.getId(), cardId, delta));
                loadMyVotes();
                showSession();
            }

            @Override
            public void toggleZoneLock(String zone) {
                act(() -> sessions.setZoneLocked(actor, board.getId(), zone, !board.isZoneLocked(zone)));
            }
        });
        add(bar, accessLost, canvas);
        setFlexGrow(1, canvas);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String boardId = event.getRouteParameters().get("boardId").orElse("");
        try {
            actor = currentActor.get().orElseThrow(() -> new NotFoundException("error.board.notFound", boardId));
            Board next = service.getBoard(actor, boardId);
            role = access.roleOf(actor, boardId).orElseThrow();
            boolean changed = board == null || !board.getId().equals(next.getId());
            board = next;
            template = service.templateOf(next);
            title.setText(next.getTitle());
            showRole();
            if (changed && isAttached()) {
                // Same page, another board: the canvas stays connected, so push the new board ourselves.
                leave();
                enter(UI.getCurrent());
                sendBoard();
            }
        } catch (NotFoundException e) {
            event.rerouteToError(e, getTranslation("board.notFound"));
        }
    }

    @Override
    public String getPageTitle() {
        return board == null ? getTranslation("app.name") : board.getTitle() + " — " + getTranslation("app.name");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (board != null) {
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
        eventSubscription = events.subscribe(board.getId(), event -> {
            if (event instanceof BoardEvent.AccessChanged change && !change.concerns(actor.id())) {
                return; // someone else's access: nothing to do on this page
            }
            ui.access(() -> deliver(ui, event));
        }, () -> ui.access(this::resync));
        presenceSeat = presence.join(board.getId(), actor, people -> ui.access(() -> presenceList.show(people)));
    }

    /** This node lost the board's thread and reloaded it: start again from the board as it is now. */
    private void resync() {
        board = service.getBoard(actor, board.getId());
        catchUp();
    }

    /** The whole page again: this person's dots, what their role offers, the board. */
    private void catchUp() {
        loadMyVotes();
        showRole();
        sendBoard(); // clears behind
    }

    private void sendBoard() {
        if (board != null && eventSubscription != null && role != null) {
            behind = false;
            canvas.showBoard(template, service.cards(actor, board.getId()), showVotes());
            showSession();
        }
    }

    /**
     * The countdown runs in the browser from the remaining time the server computed, so every page shows the same
     * time; at zero it says so. Only session changes travel, never ticks.
     */
    private void showTimer() {
        TimerState state = board.getTimer();
        timer.getElement().executeJs("""
                const el = this, end = Date.now() + $0, running = $1, ended = $2;
                clearInterval(el._atelierTimer);
                const show = () => {
                  const ms = running ? Math.max(0, end - Date.now()) : $0;
                  const s = Math.ceil(ms / 1000);
                  el.textContent = ms <= 0 ? ended : Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                  el.classList.toggle('ended', ms <= 0);
                  if (ms <= 0) clearInterval(el._atelierTimer);
                };
                show();
                if (running) el._atelierTimer = setInterval(show, 250);
                """, state.remainingAt(clock.instant()), state.running(), getTranslation("timer.ended"));
        timer.getElement().setAttribute("data-running", String.valueOf(state.running()));
        timer.getElement().setAttribute("data-remaining-ms", String.valueOf(state.remainingAt(clock.instant())));
    }

    private boolean showVotes() {
        return board.getVote().round() > 0 && board.getVote().totalsVisible();
    }

    /** The session as this person sees it, with their own dots and how many they have left. */
    /**
     * Reads this person's ballot: when the page (re)connects and after their own votes, never on other people's
     * events (a board event must not cost every open page a database read).
     */
    private void loadMyVotes() {
        myVotes = board.getVote().open() && role != null
                ? voting.ballot(actor, board.getId()).map(Ballot::getPerCard).orElse(Map.of()) : Map.of();
    }

    private void showSession() {
        Map<String, Integer> mine = board.getVote().open() ? myVotes : Map.of();
        canvas.showSession(board, mine);
        int spent = mine.values().stream().mapToInt(Integer::intValue).sum();
        dotsLeft.setVisible(board.getVote().open() && role != null && role.canWrite());
        dotsLeft.setText(getTranslation("vote.left", board.getVote().budget() - spent, board.getVote().budget()));
    }

    /** Someone changed access on this board: if it was this person's, the page follows at once. */
    private void recheckAccess() {
        Role now = access.roleOf(actor, board.getId()).orElse(null);
        if (now == role) {
            return;
        }
        role = now;
        showRole();
        if (role == null) {
            leave();
            canvas.removeFromParent();
            accessLost.setText(getTranslation("access.lost"));
            accessLost.setVisible(true);
        } else {
            Notification.show(getTranslation("access.roleChanged", getTranslation("role." + role.id())));
        }
    }

    /** The other features' parts of the page, built once per board and person, shown for their role. */
    private void showParts() {
        if (!board.getId().equals(partsBoardId)) {
            parts.forEach(part -> part.component().removeFromParent());
            parts = contributions.stream().map(c -> c.partFor(board.getId(), board.getLanguage(), actor)).toList();
            parts.forEach(part -> addComponentAtIndex(indexOf(accessLost), part.component()));
            partsBoardId = board.getId();
        }
        parts.forEach(part -> part.showFor(role));
    }

    /**
     * What this person's role and the session offer on the page (the services decide what is actually allowed):
     * facilitators steer; participants write only in the writing phase of an unlocked board.
     */
    private void showRole() {
        boolean facilitator = role == Role.FACILITATOR;
        showFacilitatorControls(facilitator);
        showParts();
        people.setVisible(facilitator);
        phaseBadge.setVisible(!facilitator);
        canvas.setFacilitator(facilitator);
        canvas.setVoter(role != null && role.canWrite());
        showTimer();
        canvas.setReadOnly(role == null || !role.canWrite()
                || (!facilitator && (!board.getPhase().participantsWrite() || board.isLocked())));
        phaseBadge.setText(getTranslation("phase." + board.getPhase().id())
                + (board.isLocked() ? " · " + getTranslation("session.boardLocked") : "")
                + (board.isPrivateWriting() ? " · " + getTranslation("session.privateBadge") : "")
                + (board.isAnonymous() ? " · " + getTranslation("session.anonymousBadge") : ""));
    }

    /** The facilitator's controls get a row of their own, for facilitators only (the services check anyway). */
    private void showFacilitatorControls(boolean facilitator) {
        if (facilitator && facilitatorControls == null) {
            facilitatorControls = new FacilitatorControls(sessions, voting, () -> actor, this::showError);
            addComponentAtIndex(1, facilitatorControls);
        } else if (!facilitator && facilitatorControls != null) {
            facilitatorControls.removeFromParent();
            facilitatorControls = null;
        }
        if (facilitatorControls != null) {
            facilitatorControls.show(board, template);
        }
    }

    /** Runs a facilitator's command; a refusal is explained, never swallowed. */
    private void act(Runnable command) {
        try {
            command.run();
        } catch (LocalizedException e) {
            showError(e);
        }
    }

    private void leave() {
        if (eventSubscription != null) {
            eventSubscription.remove();
            eventSubscription = null;
        }
        if (presenceSeat != null) {
            presenceSeat.remove();
            presenceSeat = null;
        }
    }

    /**
     * Applies an event, unless this page has been away for long: a page whose push connection is gone would
     * otherwise queue every change of a busy board in server memory until Vaadin gives up on it (minutes). Past
     * {@link #AWAY_BACKLOG} changes it stops queueing and gets the whole board when it is back, on its next event or
     * when the canvas reconnects and asks for it.
     */
    private void deliver(UI ui, BoardEvent event) {
        if (event instanceof BoardEvent.AccessChanged) {
            recheckAccess(); // never skipped, however far behind the page is
            return;
        }
        PushConnection push = ui.getInternals().getPushConnection();
        boolean away = push != null && !push.isConnected();
        queuedWhileAway = away ? queuedWhileAway + 1 : 0;
        behind |= queuedWhileAway > AWAY_BACKLOG;
        if (!behind) {
            apply(event);
            return;
        }
        if (event instanceof BoardEvent.SessionChanged changed) {
            board = changed.board(); // kept current for the catch-up
        }
        if (!away) {
            catchUp();
        }
    }

    /** Applies one event: only the card that changed travels to the browser. */
    private void apply(BoardEvent event) {
        switch (event) {
            case BoardEvent.CardSaved saved -> {
                Card shown = CardVisibility.forViewer(saved.card(), board, actor, role);
                canvas.upsertCard(shown == saved.card() ? BoardCanvas.sharedCardJson(shown, showVotes())
                        : BoardCanvas.cardJson(shown, showVotes()));
            }
            case BoardEvent.SessionChanged changed -> {
                boolean newRound = changed.board().getVote().round() != board.getVote().round();
                boolean totalsShown = changed.board().getVote().totalsVisible() != board.getVote().totalsVisible();
                boolean visibility = changed.board().isPrivateWriting() != board.isPrivateWriting()
                        || changed.board().isAnonymous() != board.isAnonymous();
                board = changed.board();
                if (newRound) {
                    myVotes = Map.of(); // a new round starts with an empty ballot: nothing to read
                }
                showRole();
                if (newRound || totalsShown || visibility) {
                    sendBoard(); // every card's dots changed at once: send the board, not hundreds of updates
                } else {
                    showSession();
                }
            }
            case BoardEvent.CommentsChanged comments -> {
                if (openEditor != null && comments.cardId().equals(openEditor.cardId())) {
                    openEditor.showComments();
                }
            }
            case BoardEvent.AccessChanged change -> recheckAccess();
            case BoardEvent.CardDeleted deleted -> {
                canvas.removeCard(deleted.cardId());
                if (openEditor != null) {
                    openEditor.cardDeletedElsewhere(deleted.cardId());
                }
            }
        }
    }

    private void moveCard(String cardId, String zone, double x, double y) {
        try {
            service.moveCard(actor, board.getId(), cardId, zone, x, y);
        } catch (NotFoundException e) {
            canvas.removeCard(cardId);
            showError(e);
        } catch (LocalizedException e) {
            // The drop was refused: put the card back where the server has it.
            canvas.upsertCard(BoardCanvas.cardJson(service.getCard(actor, board.getId(), cardId), showVotes()));
            showError(e);
        }
    }

    private void openCard(String cardId) {
        try {
            Card card = service.getCard(actor, board.getId(), cardId);
            if (card.isHidden()) {
                Notification.show(getTranslation("session.privateCard"));
                return;
            }
            openEditor(zoneOf(card.getZone()), card);
        } catch (NotFoundException e) {
            canvas.removeCard(cardId);
            Notification.show(getTranslation("card.removed"));
        }
    }

    private void openNewCard(String zoneId) {
        if (role == null || !role.canWrite()) {
            Notification.show(getTranslation("error.access.observer")).addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        template.zone(zoneId).ifPresent(zone -> openEditor(zone, null));
    }

    private void openEditor(ZoneDefinition zone, Card card) {
        boolean editable = role != null && (role == Role.FACILITATOR
                || (role.canWrite() && (card == null || actor.id().equals(card.getAuthorId()))));
        CardEditor editor = new CardEditor(service, sessions, template, board.getId(), zone, card, actor, editable,
                role == Role.FACILITATOR, card != null && card.getId().equals(board.getSpotlightCardId()));
        if (card != null) {
            editor.enableConvergence(groups, service.cards(actor, board.getId()), role == Role.FACILITATOR);
            editor.enableComments(comments, role != null && role.canWrite());
        }
        editor.addOpenedChangeListener(e -> openEditor = e.isOpened() ? editor : null);
        editor.open();
    }

    private ZoneDefinition zoneOf(String zoneId) {
        return template.zone(zoneId).orElseGet(() -> template.zones().getFirst());
    }

    private void showError(LocalizedException e) {
        Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
    }

    /** The editor that is open now, if any (tests drive it). */
    CardEditor openEditor() {
        return openEditor;
    }

    Board board() {
        return board;
    }
}
