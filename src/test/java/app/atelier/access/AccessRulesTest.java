package app.atelier.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.base.ForbiddenException;
import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.board.NewCard;
import app.atelier.security.Actor;
import app.atelier.support.People;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The role × command matrix, at the service layer that the UI, the REST API and the WebSocket calls all go
 * through: every allowed case is shown to work, every denied case to be refused (403), and a non-member learns
 * nothing (404, as for a board that does not exist).
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class AccessRulesTest {
    enum Outcome { ALLOWED, FORBIDDEN, NOT_FOUND }

    private static final Outcome A = Outcome.ALLOWED;
    private static final Outcome F = Outcome.FORBIDDEN;
    private static final Outcome N = Outcome.NOT_FOUND;

    @Autowired
    BoardService boards;
    @Autowired
    AccessService access;
    @Autowired
    Workshops workshops;
    @Autowired
    People people;

    private Workshop workshop;
    private Actor facilitator;
    private Board board;
    private Map<String, Actor> actors;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Matrice", "brand-promise");
        facilitator = workshop.facilitator();
        board = workshop.board();
        actors = new LinkedHashMap<>();
        actors.put("facilitator", facilitator);
        actors.put("participant", workshop.guest("Paul", Role.PARTICIPANT));
        actors.put("observer", workshop.member("Olga", Role.OBSERVER).actor());
        actors.put("stranger", people.account("Sam").actor());
    }

    @Test
    void everyCommandForEveryRole() {
        // command -> expected outcome for facilitator, participant, observer, stranger
        Map<String, Outcome[]> expected = new LinkedHashMap<>();
        Map<String, Consumer<Actor>> commands = new LinkedHashMap<>();

        command(commands, expected, "view the board", a -> boards.getBoard(a, board.getId()), A, A, A, N);
        command(commands, expected, "list the cards", a -> boards.cards(a, board.getId()), A, A, A, N);
        command(commands, expected, "add a card", a -> boards.addCard(a, board.getId(), NewCard.of("promise", "x")),
                A, A, F, N);
        command(commands, expected, "edit their own card", a -> boards.updateCard(a, board.getId(),
                ownCard(a).getId(), CardChanges.content("edited", null, null), null), A, A, F, N);
        command(commands, expected, "edit another's card", a -> boards.updateCard(a, board.getId(),
                othersCard().getId(), CardChanges.content("edited", null, null), null), A, F, F, N);
        command(commands, expected, "move another's card", a -> boards.moveCard(a, board.getId(),
                othersCard().getId(), "proofs", 0.1, 0.1), A, F, F, N);
        command(commands, expected, "delete their own card", a -> boards.deleteCard(a, board.getId(),
                ownCard(a).getId()), A, A, F, N);
        command(commands, expected, "delete another's card", a -> boards.deleteCard(a, board.getId(),
                othersCard().getId()), A, F, F, N);
        command(commands, expected, "create an invite link", a -> access.createInvite(a, board.getId(),
                Role.PARTICIPANT, null), A, F, F, N);
        command(commands, expected, "list invite links", a -> access.invites(a, board.getId()), A, F, F, N);
        command(commands, expected, "revoke an invite link", a -> access.revokeInvite(a, board.getId(),
                access.createInvite(facilitator, board.getId(), Role.OBSERVER, null).invite().getId()), A, F, F, N);
        command(commands, expected, "list members", a -> access.members(a, board.getId()), A, A, A, N);
        command(commands, expected, "change a role", a -> access.changeRole(a, board.getId(),
                newMember().id(), Role.OBSERVER), A, F, F, N);
        command(commands, expected, "remove a member", a -> access.removeMember(a, board.getId(),
                newMember().id()), A, F, F, N);

        List<String> mismatches = new ArrayList<>();
        commands.forEach((name, command) -> {
            Outcome[] outcomes = expected.get(name);
            int i = 0;
            for (Map.Entry<String, Actor> role : actors.entrySet()) {
                Outcome actual = outcome(() -> command.accept(role.getValue()));
                if (actual != outcomes[i]) {
                    mismatches.add(role.getKey() + " / " + name + ": expected " + outcomes[i] + ", got " + actual);
                }
                i++;
            }
        });
        assertThat(mismatches).isEmpty();
        assertThat(commands).hasSize(14);
    }

    @Test
    void deniedActionsAndAccessChangesAreInTheSecurityLog(CapturedOutput output) {
        Actor paul = actors.get("participant");
        Card fannys = othersCard();
        outcome(() -> boards.deleteCard(paul, board.getId(), fannys.getId()));
        outcome(() -> boards.cards(actors.get("stranger"), board.getId()));
        access.changeRole(facilitator, board.getId(), paul.id(), Role.OBSERVER);

        assertThat(output).contains("security event=denied.others-card who=" + paul.id() + " board=" + board.getId())
                .contains("security event=denied.not-member who=" + actors.get("stranger").id())
                .contains("security event=role.changed who=" + facilitator.id() + " board=" + board.getId()
                        + " member=" + paul.id() + " role=observer");
    }

    @Test
    void guestsCannotCreateBoards() {
        Actor guest = actors.get("participant");
        assertThatThrownBy(() -> boards.createBoard(guest, "Mine", "brand-promise"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aBoardAlwaysKeepsAFacilitator() {
        assertThatThrownBy(() -> access.changeRole(facilitator, board.getId(), facilitator.id(), Role.OBSERVER))
                .isInstanceOf(app.atelier.base.InvalidInputException.class);
        assertThatThrownBy(() -> access.removeMember(facilitator, board.getId(), facilitator.id()))
                .isInstanceOf(app.atelier.base.InvalidInputException.class);
        assertThat(access.roleOf(facilitator, board.getId())).contains(Role.FACILITATOR);
    }

    @Test
    void revokingALinkEndsTheAccessOfThoseWhoCameThroughIt() {
        Actor paul = actors.get("participant");
        Invite invite = access.invites(facilitator, board.getId()).stream()
                .filter(i -> i.getRole() == Role.PARTICIPANT).findFirst().orElseThrow();

        access.revokeInvite(facilitator, board.getId(), invite.getId());

        assertThat(access.roleOf(paul, board.getId())).isEmpty();
        assertThatThrownBy(() -> boards.cards(paul, board.getId())).isInstanceOf(NotFoundException.class);
        assertThat(access.findInvite("whatever")).isEmpty();
    }

    @Test
    void anExpiredLinkNoLongerLetsAnyoneIn() {
        String url = access.createInvite(facilitator, board.getId(), Role.PARTICIPANT, java.time.Duration.ofHours(1))
                .url();
        assertThat(access.findInvite(People.secretOf(url))).isPresent();
        assertThatThrownBy(() -> access.createInvite(facilitator, board.getId(), Role.PARTICIPANT,
                java.time.Duration.ZERO)).isInstanceOf(app.atelier.base.InvalidInputException.class);
    }

    private Card ownCard(Actor actor) {
        Actor author = access.roleOf(actor, board.getId()).map(Role::canWrite).orElse(false) ? actor : facilitator;
        return boards.addCard(author, board.getId(), NewCard.of("promise", "own"));
    }

    private Card othersCard() {
        return boards.addCard(facilitator, board.getId(), NewCard.of("promise", "Fanny's"));
    }

    private Actor newMember() {
        return workshop.guest("Nouveau", Role.PARTICIPANT);
    }

    private static void command(Map<String, Consumer<Actor>> commands, Map<String, Outcome[]> expected, String name,
                                Consumer<Actor> command, Outcome... outcomes) {
        commands.put(name, command);
        expected.put(name, outcomes);
    }

    private static Outcome outcome(Runnable command) {
        try {
            command.run();
            return Outcome.ALLOWED;
        } catch (ForbiddenException e) {
            return Outcome.FORBIDDEN;
        } catch (NotFoundException e) {
            return Outcome.NOT_FOUND;
        }
    }
}
