package app.atelier.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.base.ForbiddenException;
import app.atelier.base.NotFoundException;
import app.atelier.base.ui.MainLayout;
import app.atelier.board.BoardService;
import app.atelier.board.ui.HomeView;
import app.atelier.security.AccountService;
import app.atelier.security.AtelierUser;
import app.atelier.security.ui.LoginView;
import app.atelier.support.People;
import app.atelier.workspace.ui.WorkspacesView;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * An installation that serves several client companies: a new account joins no workspace and waits to be added;
 * only the administrators make workspaces.
 */
@SpringBootTest(properties = {"atelier.workspaces.join-default=false", "atelier.workspaces.anyone-creates=false",
        "atelier.admin.email=it@atelier.example", "atelier.admin.password=the administrator's password"})
class ClosedWorkspacesTest {
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    BoardService boards;
    @Autowired
    AccountService accounts;
    @Autowired
    People people;
    @Autowired
    ApplicationContext spring;

    @Test
    void aNewcomerWaitsToBeAddedAndOnlyAdministratorsMakeWorkspaces() {
        AtelierUser newcomer = people.account("Nina");
        assertThat(workspaces.mine(newcomer.actor())).isEmpty();
        assertThatThrownBy(() -> boards.createBoard(newcomer.actor(), "Sans espace", "swot"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workspaces.create(newcomer.actor(), "Le mien"))
                .isInstanceOf(ForbiddenException.class);

        AtelierUser admin = accounts.findByEmail("it@atelier.example").orElseThrow();
        assertThat(workspaces.roleOf(admin.actor(), WorkspaceService.DEFAULT_ID)).contains(WorkspaceRole.ADMIN);
        Workspace client = workspaces.create(admin.actor(), "Client Alpha");
        workspaces.addMember(admin.actor(), client.id(), newcomer.email(), WorkspaceRole.MEMBER);
        assertThat(boards.createBoard(newcomer.actor(), null, "Enfin", "swot", Locale.FRENCH).getWorkspaceId())
                .isEqualTo(client.id());
    }

    @Test
    void theirPagesSayToAskAndOfferNoWorkspaceToMake() {
        AtelierUser newcomer = people.account("Noé");
        try (var app = SpringBrowserlessApplicationContext.createSecured(spring, HomeView.class, WorkspacesView.class,
                MainLayout.class, LoginView.class)) {
            BrowserlessUIContext window = app.newUser(People.authentication(newcomer)).newWindow();
            window.navigate(HomeView.class);
            assertThat(window.find(Paragraph.class).withId("no-workspace").single().getText())
                    .isEqualTo("You are not in any workspace yet. Ask a workspace admin to add you.");
            window.navigate(WorkspacesView.class);
            assertThat(window.find(TextField.class).withId("new-workspace-name").exists()).isFalse();
        }
    }
}
