package app.atelier.breakout.ui;

import app.atelier.access.AccessService;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.PartForRoles;
import app.atelier.breakout.BreakoutService;
import com.vaadin.flow.component.button.Button;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The facilitators' button that opens the groups: split at random, move people, rename, end. */
@Component
@Order(25)
class BreakoutToolsContribution implements BoardPageContribution {
    private final BreakoutService breakouts;
    private final AccessService access;

    BreakoutToolsContribution(BreakoutService breakouts, AccessService access) {
        this.breakouts = breakouts;
        this.access = access;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return PartForRoles.facilitatorTools(() -> {
            Button open = new Button();
            open.setId("breakout-groups");
            open.setText(open.getTranslation("breakout.title"));
            open.addClickListener(e -> new BreakoutDialog(breakouts, access, page).open());
            return open;
        }, (open, session) -> { });
    }
}
