package app.atelier.action.ui;

import app.atelier.access.CurrentActor;
import app.atelier.action.ActionService;
import app.atelier.action.CalendarFeed;
import app.atelier.action.CalendarService;
import app.atelier.board.BoardWrites;
import app.atelier.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;

/** "My actions": everything one owns on every board, with status and note, and calendar feeds of it. */
@Route("actions")
@PermitAll
public class MyActionsView extends VerticalLayout implements HasDynamicTitle {
    final PlanGrid plan;
    final Div feeds = new Div();
    private final CalendarService calendars;
    private final BoardWrites boards;
    /** Each board's title read once for the list, however many of one's actions it has. */
    private final Map<String, String> titles = new HashMap<>();
    private final Actor actor;

    public MyActionsView(ActionService actions, CalendarService calendars, BoardWrites boards, CurrentActor current) {
        this.calendars = calendars;
        this.boards = boards;
        this.actor = current.get().orElseThrow();
        setMaxWidth("80rem");
        plan = new PlanGrid(actions, actor, () -> actions.mine(actor), a -> true,
                a -> CardLinks.toBoard(a, titles.computeIfAbsent(a.boardId(), id -> boards.board(id).getTitle())));
        Button subscribe = new Button(getTranslation("action.calendar.mine"), e -> {
            FeedCreated.show(calendars.createForOwner(actor).url());
            showFeeds();
        });
        subscribe.setId("action-calendar-mine");
        feeds.setId("calendar-feeds");
        add(new H2(getTranslation("action.mine")), plan, new H3(getTranslation("action.calendar.feeds")), subscribe,
                feeds);
        showFeeds();
    }

    private void showFeeds() {
        feeds.removeAll();
        for (CalendarFeed feed : calendars.feeds(actor)) {
            if (!feed.active()) {
                continue;
            }
            Button revoke = new Button(getTranslation("action.calendar.revoke"), e -> {
                calendars.revoke(actor, feed.id());
                showFeeds();
            });
            revoke.setId("calendar-revoke-" + feed.id());
            feeds.add(new HorizontalLayout(new Span(feed.kind() == CalendarFeed.Kind.OWNER
                    ? getTranslation("action.calendar.kind.owner")
                    : getTranslation("action.calendar.kind.board", titles.computeIfAbsent(feed.boardId(),
                            id -> boards.board(id).getTitle()))), revoke));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("action.mine") + " · Atelier";
    }
}
