package app.atelier.breakout.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BreakoutGroup;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.CardSheet;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.breakout.BreakoutService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.springframework.core.annotation.Order;

/** Everyone's group in the header ("Your group: …"), and in a card's sheet the group working on it. */
@org.springframework.stereotype.Component
@Order(25)
class BreakoutContribution implements BoardPageContribution {
    private final BreakoutService breakouts;

    BreakoutContribution(BreakoutService breakouts) {
        this.breakouts = breakouts;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        Span mine = new Span();
        mine.setId("my-breakout");
        mine.addClassName("my-breakout");
        mine.setVisible(false);
        return new BoardPagePart() {
            @Override
            public Component component() {
                return mine;
            }

            @Override
            public Place place() {
                return Place.HEADER;
            }

            @Override
            public void show(Role role, Board session) {
                var group = session.breakoutGroupOf(page.viewer().id());
                mine.setVisible(group.isPresent());
                group.map(BreakoutGroup::name).ifPresent(name -> mine.setText(mine.getTranslation("breakout.mine",
                        name)));
            }

            @Override
            public List<CardSheetSection> sectionsFor(CardSheet sheet) {
                boolean any = !page.session().getBreakoutGroups().isEmpty() || sheet.card().getBreakoutGroup() != null;
                return any ? List.of(new CardBreakoutSection(breakouts, page, sheet.card())) : List.of();
            }
        };
    }
}
