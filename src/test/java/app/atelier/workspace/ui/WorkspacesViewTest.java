package app.atelier.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.ui.MainLayout;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.ui.HomeView;
import app.atelier.security.AtelierUser;
import app.atelier.security.ui.LoginView;
import app.atelier.support.People;
import app.atelier.workspace.Workspace;
import app.atelier.workspace.WorkspaceMember;
import app.atelier.workspace.WorkspaceRole;
import app.atelier.workspace.WorkspaceService;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.Authentication;

/** The workspaces page and the header's switch, as an admin, a member and a consultant use them. */
@SpringBootTest
class WorkspacesViewTest {
    @Autowired
    ApplicationContext spring;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    BoardService boards;
    @Autowired
    AccessService access;
    @Autowired
    People people;
    @Autowired
    MongoTemplate mongo;

    private SecuredBrowserlessApplicationContext<Authentication> app;
    private AtelierUser claire;
    private AtelierUser marc;
    private Workspace client;

    @BeforeEach
    void setUp() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, WorkspacesView.class, HomeView.class,
                MainLayout.class, LoginView.class);
        claire = people.account("Claire");
        marc = people.account("Marc");
        client = workspaces.create(claire.actor(), "Client Alpha");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private BrowserlessUIContext as(AtelierUser user) {
        return app.newUser(People.authentication(user)).newWindow();
    }

    @Test
    void anAdminAddsAMemberOrKeepsAPlaceForSomeoneWithoutAnAccount() {
        BrowserlessUIContext window = as(claire);
        WorkspacesView view = window.navigate(WorkspacesView.class);

        window.test(view.memberEmail).setValue("pas-un-email");
        window.test(view.addMember).click();
        assertThat(view.memberEmail.isInvalid()).isTrue();
        assertThat(view.memberEmail.getErrorMessage()).isEqualTo("Enter a valid e-mail address.");

        String newcomer = "lea-" + System.nanoTime() + "@client.example";
        window.test(view.memberEmail).setValue(newcomer);
        window.test(view.addMember).click();
        assertThat(view.memberEmail.isInvalid()).isFalse();
        assertThat(view.invitations.getElement().getTextRecursively()).contains(newcomer, "member");

        window.test(view.memberEmail).setValue(marc.email());
        window.test(view.addMember).click();
        assertThat(view.memberEmail.isInvalid()).isFalse();
        assertThat(workspaces.roleOf(marc.actor(), client.id())).contains(WorkspaceRole.MEMBER);
        assertThat(view.members.getElement().getTextRecursively()).contains("Marc", marc.email());
    }

    @Test
    void anAdminSeesEveryBoardAndJoinsOne() {
        workspaces.addMember(claire.actor(), client.id(), marc.email(), WorkspaceRole.MEMBER);
        Board marcs = boards.createBoard(marc.actor(), client.id(), "Atelier de Marc", "swot", Locale.FRENCH);
        BrowserlessUIContext window = as(claire);
        WorkspacesView view = window.navigate(WorkspacesView.class);

        assertThat(view.boards.getElement().getTextRecursively()).contains("Atelier de Marc", "Marc");
        window.test(window.find(Button.class).withClassName("join-board").single()).click();
        assertThat(access.roleOf(claire.actor(), marcs.getId())).contains(Role.FACILITATOR);
        assertThat(window.find(Button.class).withClassName("join-board").all()).isEmpty();
    }

    @Test
    void aMemberManagesNothing() {
        workspaces.addMember(claire.actor(), client.id(), marc.email(), WorkspaceRole.MEMBER);
        workspaces.switchTo(marc.actor(), client.id());
        BrowserlessUIContext window = as(marc);
        WorkspacesView view = window.navigate(WorkspacesView.class);

        assertThat(view.mine.getElement().getTextRecursively()).contains("Client Alpha");
        assertThat(view.members.isAttached()).isFalse();
        assertThat(view.boards.isAttached()).isFalse();
    }

    @Test
    void anyoneMakesAWorkspaceAndBecomesItsAdmin() {
        BrowserlessUIContext window = as(marc);
        WorkspacesView view = window.navigate(WorkspacesView.class);
        window.test(view.create).click();
        assertThat(view.newName.isInvalid()).isTrue();

        window.test(view.newName).setValue("Agence Marc");
        window.test(view.create).click();
        assertThat(workspaces.mine(marc.actor())).filteredOn(w -> w.name().equals("Agence Marc")).singleElement()
                .satisfies(w -> assertThat(workspaces.roleOf(marc.actor(), w.id())).contains(WorkspaceRole.ADMIN));
        assertThat(workspaces.current(marc.actor())).map(Workspace::name).contains("Agence Marc");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeaderSwitchesWorkspaceAndHomeFollows() {
        Board inClient = boards.createBoard(claire.actor(), client.id(), "Chez le client", "swot", Locale.FRENCH);
        Board inDefault = boards.createBoard(claire.actor(), WorkspaceService.DEFAULT_ID, "Chez nous", "swot",
                Locale.FRENCH);
        BrowserlessUIContext window = as(claire);
        HomeView home = window.navigate(HomeView.class);
        assertThat(home.getElement().getTextRecursively()).contains(inClient.getTitle())
                .doesNotContain(inDefault.getTitle());

        Select<Workspace> switcher = window.find(Select.class).withId("workspace-switch").single();
        assertThat(switcher.getValue().id()).isEqualTo(client.id());
        window.test(switcher).selectItem("Atelier");
        assertThat(workspaces.current(claire.actor())).map(Workspace::id).contains(WorkspaceService.DEFAULT_ID);

        window.navigate(WorkspacesView.class); // the page reloads (a browser follows the new location)
        HomeView again = window.navigate(HomeView.class);
        assertThat(again.getElement().getTextRecursively()).contains(inDefault.getTitle())
                .doesNotContain(inClient.getTitle());
    }

    @Test
    void someoneInNoWorkspaceIsToldHowToGetOne() {
        mongo.remove(Query.query(Criteria.where("accountId").is(marc.id())), WorkspaceMember.class);
        BrowserlessUIContext window = as(marc);
        HomeView home = window.navigate(HomeView.class);

        assertThat(window.find(Paragraph.class).withId("no-workspace").single().getText())
                .startsWith("You are not in any workspace yet.");
        assertThat(home.getElement().getTextRecursively()).doesNotContain("Create board");
        assertThat(window.find(Select.class).withId("workspace-switch").all()).isEmpty();
    }

    @Test
    void aBoardSharedFromAnotherWorkspaceIsListedApart() {
        Board inClient = boards.createBoard(claire.actor(), client.id(), "Invité chez le client", "swot",
                Locale.FRENCH);
        people.join(claire.actor(), inClient.getId(), Role.PARTICIPANT, marc.actor());
        BrowserlessUIContext window = as(marc);
        HomeView home = window.navigate(HomeView.class);

        assertThat(home.getElement().getTextRecursively()).contains("Shared with you from other workspaces",
                inClient.getTitle());
        assertThat(window.find(Div.class).withId("board-list").single().getElement()
                .getTextRecursively()).doesNotContain(inClient.getTitle());
    }
}
