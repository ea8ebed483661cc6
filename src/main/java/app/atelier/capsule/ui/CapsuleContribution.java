package app.atelier.capsule.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.CardSheet;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.capsule.OutcomeService;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * On a time capsule: its state in the header (sealed until when, what waits and by whom, the countdown; opened on),
 * and once open, in a prediction's sheet, what actually happened and the verdict.
 */
@org.springframework.stereotype.Component
@Order(34)
class CapsuleContribution implements BoardPageContribution {
    private final OutcomeService outcomes;
    private final Clock clock;

    CapsuleContribution(OutcomeService outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        if (page.template().timeCapsule().isEmpty()) {
            return () -> null; // not a capsule: nothing on the page
        }
        CapsuleBanner banner = new CapsuleBanner();
        return new BoardPagePart() {
            @Override
            public Component component() {
                return banner;
            }

            @Override
            public Place place() {
                return Place.HEADER;
            }

            @Override
            public void show(Role role, Board session) {
                banner.show(session, clock.instant());
            }

            @Override
            public List<CardSheetSection> sectionsFor(CardSheet sheet) {
                return outcomes.takesOutcome(page.session(), sheet.card())
                        ? List.of(new OutcomeSection(outcomes, page, sheet.card())) : List.of();
            }
        };
    }
}
