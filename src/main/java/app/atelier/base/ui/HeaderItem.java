package app.atelier.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature shows in the shell's header for the signed-in person (the workspace switcher), so the shell
 * knows no feature. A Spring bean; asked once per page.
 */
public interface HeaderItem {
    Optional<Component> create();
}
