package app.atelier.action.ui;

import app.atelier.access.Role;
import app.atelier.action.ActionService;
import app.atelier.action.CalendarService;
import app.atelier.board.ui.BoardPageContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The board's action plan for every member; facilitators start or end a follow-up (the plan then open on every page)
 * and subscribe a calendar to the board's due dates.
 */
class PlanDialog extends Dialog {
    final PlanGrid plan;

    PlanDialog(ActionService actions, CalendarService calendars, BoardPageContext page) {
        setHeaderTitle(getTranslation("action.plan"));
        setWidth("min(70rem, 95vw)");
        plan = new PlanGrid(actions, page.viewer(), () -> actions.plan(page.viewer(), page.boardId()),
                a -> page.role() == Role.FACILITATOR || page.viewer().id().equals(a.ownerId()),
                a -> CardLinks.onPage(page, a));
        add(plan);
        if (page.role() == Role.FACILITATOR) {
            boolean running = page.session().getFollowUp().active();
            Button followUp = new Button(getTranslation(running ? "action.followUp.end" : "action.followUp.start"),
                    e -> page.act(() -> {
                        actions.followUp(page.viewer(), page.boardId(), !running);
                        close();
                    }));
            followUp.setId("action-follow-up");
            Button calendar = new Button(getTranslation("action.calendar.board"), e -> page.act(() ->
                    FeedCreated.show(calendars.createForBoard(page.viewer(), page.boardId()).url())));
            calendar.setId("action-calendar-board");
            getFooter().add(calendar, followUp);
        }
        getFooter().add(new Button(getTranslation("trash.close"), e -> close()));
    }
}
