package app.atelier.jury.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.Phase;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.CardSheet;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.jury.JuryService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * On a format with a jury: the results in the header (for the jury at any time, for everyone in the "decide"
 * phase), and in a scored card's sheet the juror's marks.
 */
@org.springframework.stereotype.Component
@Order(32)
class JuryContribution implements BoardPageContribution {
    private final JuryService jury;

    JuryContribution(JuryService jury) {
        this.jury = jury;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        if (jury.criteria(page.session()).isEmpty()) {
            return () -> null; // this format has no jury: nothing on the page
        }
        Button results = new Button();
        results.setId("jury-results");
        results.setText(results.getTranslation("jury.results"));
        results.addClickListener(e -> page.act(() -> new ResultsDialog(jury, page).open()));
        return new BoardPagePart() {
            @Override
            public Component component() {
                return results;
            }

            @Override
            public Place place() {
                return Place.HEADER;
            }

            @Override
            public void show(Role role, Board session) {
                results.setVisible(role != null && (JuryService.isJuror(role) || session.getPhase() == Phase.DECIDE));
            }

            @Override
            public List<CardSheetSection> sectionsFor(CardSheet sheet) {
                boolean scored = page.template().jury().map(j -> j.scores(sheet.card().getZone())).orElse(false);
                return scored && JuryService.isJuror(page.role())
                        ? List.of(new MarksSection(jury, page, sheet.card())) : List.of();
            }
        };
    }
}
