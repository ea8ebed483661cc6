package app.atelier.workspace.ui;

import app.atelier.base.ui.HeaderItem;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import app.atelier.workspace.Workspace;
import app.atelier.workspace.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;

/**
 * The header's workspace switch: the workspaces the person belongs to, the current one chosen. Choosing another
 * makes it current and opens its home (a board page of the old one would now be out of place); the link leads to
 * the workspaces page.
 */
@org.springframework.stereotype.Component
class WorkspaceSwitcher implements HeaderItem {
    private final WorkspaceService workspaces;
    private final AuthenticationContext authentication;

    WorkspaceSwitcher(WorkspaceService workspaces, AuthenticationContext authentication) {
        this.workspaces = workspaces;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> create() {
        return authentication.getAuthenticatedUser(AtelierUser.class).map(user -> build(user.actor()));
    }

    private Component build(Actor actor) {
        Div switcher = new Div();
        switcher.addClassName("workspace-switcher");
        List<Workspace> mine = workspaces.mine(actor);
        if (!mine.isEmpty()) {
            Select<Workspace> select = new Select<>();
            select.setId("workspace-switch");
            select.setAriaLabel(switcher.getTranslation("workspace.current"));
            select.setItems(mine);
            select.setItemLabelGenerator(Workspace::name);
            workspaces.current(actor, mine).ifPresent(select::setValue);
            select.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    workspaces.switchTo(actor, e.getValue().id());
                    UI.getCurrent().getPage().setLocation("./");
                }
            });
            switcher.add(select);
        }
        Anchor manage = new Anchor("workspaces", switcher.getTranslation("workspace.manage"));
        manage.setId("nav-workspaces");
        switcher.add(manage);
        return switcher;
    }
}
