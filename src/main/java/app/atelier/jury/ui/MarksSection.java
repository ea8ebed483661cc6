package app.atelier.jury.ui;

import app.atelier.board.Card;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.jury.JuryService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/** A juror's marks for the card in its sheet: one 1-to-5 choice per criterion, saved as soon as it changes. */
class MarksSection extends HorizontalLayout implements CardSheetSection {
    final Map<String, Select<Integer>> marks = new LinkedHashMap<>();

    MarksSection(JuryService jury, BoardPageContext page, Card card) {
        setWrap(true);
        addClassName("jury-marks");
        Map<String, Integer> mine = jury.marksOf(page.viewer(), page.boardId(), card.getId());
        add(new H4(getTranslation("jury.marks")));
        for (String criterion : jury.criteria(page.session())) {
            Select<Integer> mark = new Select<>();
            mark.setId("mark-" + criterion);
            mark.setLabel(getTranslation(page.template().criterionLabelKey(criterion)));
            mark.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
            mark.setEmptySelectionAllowed(true);
            mark.setEmptySelectionCaption("–");
            mark.setValue(mine.get(criterion));
            mark.setWidth("9em");
            mark.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    page.act(() -> jury.mark(page.viewer(), page.boardId(), card.getId(), values()));
                }
            });
            marks.put(criterion, mark);
            add(mark);
        }
    }

    private Map<String, Integer> values() {
        Map<String, Integer> values = new LinkedHashMap<>();
        marks.forEach((criterion, select) -> values.put(criterion, select.getValue()));
        return values;
    }

    @Override
    public Component component() {
        return this;
    }
}
