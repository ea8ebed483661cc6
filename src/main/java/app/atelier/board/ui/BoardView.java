package app.atelier.board.ui;

import app.atelier.base.LocalizedException;
import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardEventBus;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.participant.CurrentParticipant;
import app.atelier.participant.Participant;
import app.atelier.presence.PresenceService;
import app.atelier.presence.ui.PresenceList;
import app.atelier.template.BoardTemplate;
import app.atelier.template.ZoneDefinition;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.shared.Registration;
import java.util.Optional;

/**
 * One board, live. Subscribes to the board's events while attached and applies each to the one card it names;
 * gestures go to {@link BoardService}, whose event then reaches every open page, this one included.
 */
@Route("boards/:boardId")
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final BoardService service;
    private final BoardEventBus events;
    private final PresenceService presence;

    private final H2 title = new H2();
    final BoardCanvas canvas = new BoardCanvas();
    final PresenceList presenceList = new PresenceList();

    private Board board;
    private BoardTemplate template;
    private Registration eventSubscription;
    private Registration presenceSeat;
    private CardEditor openEditor;

    public BoardView(BoardService service, BoardEventBus events, PresenceService presence) {
        this.service = service;
        this.events = events;
        this.presence = presence;
        setSizeFull();
        setPadding(true);
        addClassName("board-view");
        title.setId("board-title");
        title.addClassName("board-title");
        RouterLink back = new RouterLink(getTranslation("board.back"), HomeView.class);
        HorizontalLayout bar = new HorizontalLayout(back, title, presenceList);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(title);
        canvas.setId("board-canvas");
        canvas.onGestures(new BoardCanvas.Gestures() {
            @Override
            public void ready() {
                sendBoard();
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
        });
        add(bar, canvas);
        setFlexGrow(1, canvas);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String boardId = event.getRouteParameters().get("boardId").orElse("");
        try {
            Board next = service.getBoard(boardId);
            boolean changed = board == null || !board.getId().equals(next.getId());
            board = next;
            template = service.templateOf(next);
            title.setText(next.getTitle());
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
     * Subscribes to the board's events. The board itself goes out when the browser's canvas says it is ready
     * (and again whenever it reconnects): subscribed first, nothing that happens in between is lost.
     */
    private void enter(UI ui) {
        eventSubscription = events.subscribe(board.getId(), event -> ui.access(() -> apply(event)));
        Optional<Participant> me = CurrentParticipant.get();
        if (me.isPresent()) {
            takeSeat(ui, me.get());
        } else {
            new NameDialog(participant -> takeSeat(ui, participant)).open();
        }
    }

    private void sendBoard() {
        if (board != null && eventSubscription != null) {
            canvas.showBoard(template, service.cards(board.getId()));
        }
    }

    private void takeSeat(UI ui, Participant participant) {
        if (presenceSeat == null) {
            presenceSeat = presence.join(board.getId(), participant,
                    people -> ui.access(() -> presenceList.show(people)));
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

    /** Applies one event: only the card that changed travels to the browser. */
    private void apply(BoardEvent event) {
        switch (event) {
            case BoardEvent.CardSaved saved -> canvas.upsertCard(BoardCanvas.cardJson(saved.card()));
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
            service.moveCard(board.getId(), cardId, zone, x, y);
        } catch (NotFoundException e) {
            canvas.removeCard(cardId);
            showError(e);
        } catch (LocalizedException e) {
            // The drop was refused: put the card back where the server has it.
            canvas.upsertCard(BoardCanvas.cardJson(service.getCard(board.getId(), cardId)));
            showError(e);
        }
    }

    private void openCard(String cardId) {
        try {
            Card card = service.getCard(board.getId(), cardId);
            openEditor(zoneOf(card.getZone()), card);
        } catch (NotFoundException e) {
            canvas.removeCard(cardId);
            Notification.show(getTranslation("card.removed"));
        }
    }

    private void openNewCard(String zoneId) {
        template.zone(zoneId).ifPresent(zone -> openEditor(zone, null));
    }

    private void openEditor(ZoneDefinition zone, Card card) {
        if (CurrentParticipant.get().isEmpty()) {
            new NameDialog(participant -> takeSeat(UI.getCurrent(), participant)).open();
            return;
        }
        String author = CurrentParticipant.get().map(Participant::name).orElse(null);
        CardEditor editor = new CardEditor(service, template, board.getId(), zone, card, author);
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
