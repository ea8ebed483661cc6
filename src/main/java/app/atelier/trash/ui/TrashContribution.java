package app.atelier.trash.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.PartForRoles;
import app.atelier.trash.TrashService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The trash button in the header, for every member: what was deleted, and bringing it back. */
@Component
@Order(60)
class TrashContribution implements BoardPageContribution {
    private final TrashService trash;

    TrashContribution(TrashService trash) {
        this.trash = trash;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return new PartForRoles<>(BoardPagePart.Place.HEADER, role -> true, () -> {
            Button open = new Button(VaadinIcon.TRASH.create());
            open.setId("board-trash");
            open.setAriaLabel(open.getTranslation("trash.title"));
            open.getElement().setAttribute("title", open.getTranslation("trash.title")); // no tooltip component per page
            open.addThemeVariants(ButtonVariant.TERTIARY);
            open.addClickListener(e -> page.act(() -> new TrashDialog(trash, page).open()));
            return open;
        }, (open, session) -> open.setVisible(!session.isSealed()));
    }
}
