package app.atelier.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InstallationRestored;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.security.AccountService;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import app.atelier.support.People;
import java.util.Locale;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The rules of workspaces: who manages them, who sits where, what leaving means, and the upgrade into them. */
@SpringBootTest
class WorkspaceServiceTest {
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    WorkspaceSeating seating;
    @Autowired
    BoardService boards;
    @Autowired
    AccessService access;
    @Autowired
    People people;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountService accounts;

    private AtelierUser claire;
    private AtelierUser marc;
    private Workspace client;

    @BeforeEach
    void setUp() {
        claire = people.account("Claire");
        marc = people.account("Marc");
        client = workspaces.create(claire.actor(), "Client Alpha");
    }

    @Test
    void itsCreatorIsItsAdminAndWorksInIt() {
        assertThat(workspaces.roleOf(claire.actor(), client.id())).contains(WorkspaceRole.ADMIN);
        assertThat(workspaces.current(claire.actor())).map(Workspace::id).contains(client.id());
        assertThat(workspaces.mine(claire.actor())).extracting(Workspace::id)
                .contains(client.id(), WorkspaceService.DEFAULT_ID);

        assertThatThrownBy(() -> workspaces.create(claire.actor(), "  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workspaces.create(claire.actor(), "x".repeat(WorkspaceService.MAX_NAME + 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workspaces.create(Actor.guest("g-1", "Invité"), "Le mien"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aNewAccountJoinsTheDefaultWorkspaceAsAMember() {
        assertThat(workspaces.roleOf(marc.actor(), WorkspaceService.DEFAULT_ID)).contains(WorkspaceRole.MEMBER);
        assertThat(workspaces.current(marc.actor())).map(Workspace::id).contains(WorkspaceService.DEFAULT_ID);
    }

    @Test
    void onlyItsAdminsManageItsMembers() {
        assertThatThrownBy(() -> workspaces.addMember(claire.actor(), client.id(), "nobody@example.org",
                WorkspaceRole.MEMBER)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
        WorkspaceMember added = workspaces.addMember(claire.actor(), client.id(), marc.email().toUpperCase(Locale.ROOT),
                WorkspaceRole.MEMBER);
        assertThat(added.accountId()).isEqualTo(marc.id());
        assertThatThrownBy(() -> workspaces.addMember(claire.actor(), client.id(), marc.email(), WorkspaceRole.ADMIN))
                .isInstanceOf(InvalidInputException.class);

        AtelierUser sam = people.account("Sam");
        assertThatThrownBy(() -> workspaces.addMember(marc.actor(), client.id(), sam.email(), WorkspaceRole.MEMBER))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> workspaces.members(sam.actor(), client.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workspaces.removeMember(marc.actor(), client.id(), claire.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(workspaces.members(claire.actor(), client.id())).extracting(WorkspaceMember::accountId)
                .containsExactly(claire.id(), marc.id());
    }

    @Test
    void aPlaceKeptForAnEmailIsTakenAtTheFirstSignIn() {
        String email = "lea-" + System.nanoTime() + "@client.example";
        assertThatThrownBy(() -> workspaces.invite(claire.actor(), client.id(), marc.email(), WorkspaceRole.MEMBER))
                .isInstanceOf(InvalidInputException.class); // an account already: add it
        assertThatThrownBy(() -> workspaces.invite(claire.actor(), client.id(), "pas-un-email", WorkspaceRole.MEMBER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workspaces.invite(marc.actor(), client.id(), email, WorkspaceRole.MEMBER))
                .isInstanceOf(NotFoundException.class);
        workspaces.invite(claire.actor(), client.id(), email, WorkspaceRole.MEMBER);
        workspaces.invite(claire.actor(), client.id(), " " + email.toUpperCase(Locale.ROOT), WorkspaceRole.ADMIN);
        assertThat(workspaces.invitations(claire.actor(), client.id())).singleElement()
                .satisfies(i -> assertThat(i.role()).isEqualTo(WorkspaceRole.ADMIN));

        accounts.signUp(email, "Léa", People.PASSWORD);
        AtelierUser lea = accounts.findByEmail(email).orElseThrow();
        assertThat(workspaces.roleOf(lea.actor(), client.id())).contains(WorkspaceRole.ADMIN);
        assertThat(workspaces.invitations(claire.actor(), client.id())).isEmpty();

        String other = "paul-" + System.nanoTime() + "@client.example";
        workspaces.invite(claire.actor(), client.id(), other, WorkspaceRole.MEMBER);
        workspaces.cancelInvitation(claire.actor(), client.id(), other);
        assertThatThrownBy(() -> workspaces.cancelInvitation(claire.actor(), client.id(), other))
                .isInstanceOf(NotFoundException.class);
        accounts.signUp(other, "Paul", People.PASSWORD);
        assertThat(workspaces.roleOf(accounts.findByEmail(other).orElseThrow().actor(), client.id())).isEmpty();
    }

    @Test
    void aWorkspaceAlwaysKeepsAnAdmin() {
        workspaces.addMember(claire.actor(), client.id(), marc.email(), WorkspaceRole.MEMBER);
        assertThatThrownBy(() -> workspaces.changeRole(claire.actor(), client.id(), claire.id(), WorkspaceRole.MEMBER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workspaces.removeMember(claire.actor(), client.id(), claire.id()))
                .isInstanceOf(InvalidInputException.class);

        workspaces.changeRole(claire.actor(), client.id(), marc.id(), WorkspaceRole.ADMIN);
        workspaces.removeMember(marc.actor(), client.id(), claire.id());
        assertThat(workspaces.roleOf(claire.actor(), client.id())).isEmpty();
        assertThat(workspaces.current(claire.actor())).map(Workspace::id).contains(WorkspaceService.DEFAULT_ID);
    }

    @Test
    void someoneWhoLeavesAWorkspaceLeavesItsBoardsButNotOthers() {
        workspaces.addMember(claire.actor(), client.id(), marc.email(), WorkspaceRole.MEMBER);
        Board there = boards.createBoard(claire.actor(), client.id(), "Plateforme de marque", "brand-promise",
                Locale.FRENCH);
        Board elsewhere = boards.createBoard(claire.actor(), WorkspaceService.DEFAULT_ID, "Ailleurs", "swot",
                Locale.FRENCH);
        people.join(claire.actor(), there.getId(), Role.PARTICIPANT, marc.actor());
        people.join(claire.actor(), elsewhere.getId(), Role.PARTICIPANT, marc.actor());

        workspaces.removeMember(claire.actor(), client.id(), marc.id());

        assertThat(access.roleOf(marc.actor(), there.getId())).isEmpty();
        assertThat(access.roleOf(marc.actor(), elsewhere.getId())).contains(Role.PARTICIPANT);
        assertThatThrownBy(() -> boards.listBoards(marc.actor(), client.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdminSeesEveryBoardOfTheWorkspaceAndMayJoinOne() {
        workspaces.addMember(claire.actor(), client.id(), marc.email(), WorkspaceRole.MEMBER);
        Board marcs = boards.createBoard(marc.actor(), client.id(), "Atelier de Marc", "swot", Locale.FRENCH);
        Board notTheirs = boards.createBoard(marc.actor(), WorkspaceService.DEFAULT_ID, "Hors espace", "swot",
                Locale.FRENCH);

        assertThat(workspaces.boards(claire.actor(), client.id())).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo(marcs.getId());
            assertThat(b.facilitators()).containsExactly("Marc");
            assertThat(b.viewerRole()).isNull();
        });
        assertThatThrownBy(() -> workspaces.boards(marc.actor(), client.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> workspaces.joinBoard(claire.actor(), client.id(), notTheirs.getId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(access.roleOf(claire.actor(), notTheirs.getId())).isEmpty();

        workspaces.joinBoard(claire.actor(), client.id(), marcs.getId());
        assertThat(access.roleOf(claire.actor(), marcs.getId())).contains(Role.FACILITATOR);
    }

    @Test
    void switchingNeedsMembershipAndIsRemembered() {
        assertThatThrownBy(() -> workspaces.switchTo(marc.actor(), client.id())).isInstanceOf(NotFoundException.class);
        workspaces.switchTo(claire.actor(), WorkspaceService.DEFAULT_ID);
        assertThat(workspaces.current(claire.actor())).map(Workspace::id).contains(WorkspaceService.DEFAULT_ID);
        workspaces.switchTo(claire.actor(), client.id());
        assertThat(workspaces.resolve(claire.actor(), null)).isEqualTo(client.id());
    }

    @Test
    void boardsTemplatesAndAccountsFromBeforeWorkspacesMoveIntoTheDefaultOne() {
        String boardId = "old-board-" + System.nanoTime();
        mongo.getCollection("boards").insertOne(new Document("_id", boardId).append("title", "D'avant")
                .append("templateId", "swot").append("createdBy", marc.id()).append("createdAt", new java.util.Date()));
        String templateId = "custom-old-" + System.nanoTime();
        mongo.getCollection("custom_templates").insertOne(new Document("_id", templateId).append("ownerId", marc.id())
                .append("ownerName", "Marc").append("shared", true));
        mongo.remove(Query.query(Criteria.where("accountId").is(marc.id())), WorkspaceMember.class);

        try {
            events.publishEvent(new InstallationRestored()); // as after restoring an archive from before workspaces

            assertThat(mongo.getCollection("boards").find(new Document("_id", boardId)).first()
                    .getString("workspaceId")).isEqualTo(WorkspaceService.DEFAULT_ID);
            assertThat(mongo.getCollection("custom_templates").find(new Document("_id", templateId)).first()
                    .getString("workspaceId")).isEqualTo(WorkspaceService.DEFAULT_ID);
            assertThat(workspaces.roleOf(marc.actor(), WorkspaceService.DEFAULT_ID)).contains(WorkspaceRole.MEMBER);
        } finally { // these bare documents must not reach other tests' pages (the store is shared)
            mongo.getCollection("boards").deleteOne(new Document("_id", boardId));
            mongo.getCollection("custom_templates").deleteOne(new Document("_id", templateId));
        }
    }

    @Test
    void theFirstStartWithWorkspacesSeatsEveryAccountOnceOnly() {
        mongo.remove(Query.query(Criteria.where("accountId").is(marc.id())), WorkspaceMember.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(WorkspaceService.DEFAULT_ID)),
                Update.update("seeded", false), Workspace.class);

        seating.afterSingletonsInstantiated(); // an installation upgraded to workspaces starts
        assertThat(workspaces.roleOf(marc.actor(), WorkspaceService.DEFAULT_ID)).contains(WorkspaceRole.MEMBER);

        mongo.remove(Query.query(Criteria.where("accountId").is(marc.id())), WorkspaceMember.class);
        seating.afterSingletonsInstantiated(); // any later start: someone removed from everywhere stays removed
        assertThat(workspaces.roleOf(marc.actor(), WorkspaceService.DEFAULT_ID)).isEmpty();
    }
}
