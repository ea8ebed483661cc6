package app.atelier.board.ui;

import app.atelier.access.Role;
import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/** One feature's part of one person's board page, shown under the header. */
@NamedInterface("page")
public interface BoardPagePart {
    Component component();

    /** What the viewer's role offers: called when the page is first shown and whenever the role changes. */
    void showFor(Role role);
}
