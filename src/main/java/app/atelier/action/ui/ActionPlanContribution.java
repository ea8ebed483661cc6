package app.atelier.action.ui;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.action.ActionService;
import app.atelier.action.CalendarService;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.CardSheet;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.board.ui.PartForRoles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.springframework.core.annotation.Order;

/** The action plan's button in the header (every member), and the actions in an agreed card's sheet. */
@org.springframework.stereotype.Component
@Order(45)
class ActionPlanContribution implements BoardPageContribution {
    private final ActionService actions;
    private final CalendarService calendars;
    private final AccessService access;

    ActionPlanContribution(ActionService actions, CalendarService calendars, AccessService access) {
        this.actions = actions;
        this.calendars = calendars;
        this.access = access;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        PartForRoles<Button> button = new PartForRoles<>(BoardPagePart.Place.HEADER, role -> true, () -> {
            Button open = new Button();
            open.setId("action-plan");
            open.setText(open.getTranslation("action.plan"));
            open.addClickListener(e -> page.act(() -> new PlanDialog(actions, calendars, page).open()));
            return open;
        }, (open, session) -> open.setVisible(!session.isSealed()));
        return new BoardPagePart() {
            @Override
            public Component component() {
                return button.component();
            }

            @Override
            public Place place() {
                return Place.HEADER;
            }

            @Override
            public void show(Role role, app.atelier.board.Board session) {
                button.show(role, session);
            }

            @Override
            public List<CardSheetSection> sectionsFor(CardSheet sheet) {
                return actions.takesActions(page.session(), sheet.card()) ? List.of(new ActionsSection(actions,
                        page.role() == Role.FACILITATOR ? access.members(page.viewer(), page.boardId()) : List.of(),
                        page, sheet.card())) : List.of();
            }
        };
    }
}
