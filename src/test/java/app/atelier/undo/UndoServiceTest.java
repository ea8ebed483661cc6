package app.atelier.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ConflictException;
import app.atelier.base.ForbiddenException;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.board.NewCard;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.trash.TrashService;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Undo and redo of one's own changes: add, edit, move, delete; never over another person's later work. */
@SpringBootTest
class UndoServiceTest {
    @Autowired
    UndoService undo;
    @Autowired
    BoardService boards;
    @Autowired
    TrashService trash;
    @Autowired
    SessionService sessions;
    @Autowired
    Workshops workshops;

    private Workshop workshop;
    private Actor paul;
    private Actor lea;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Mur", "mur-des-fails");
        paul = workshop.guest("Paul", Role.PARTICIPANT);
        lea = workshop.guest("Léa", Role.PARTICIPANT);
    }

    private Card card(String id) {
        return boards.getCard(lea, workshop.id(), id);
    }

    @Test
    void anEditAndAMoveAreUndoneAndRedoneInOrder() {
        Card fail = boards.addCard(paul, workshop.id(), NewCard.of("fails", "premier jet"));
        boards.updateCard(paul, workshop.id(), fail.getId(), CardChanges.content("deuxième jet",
                Map.of("context", "Q3"), "purple"), null);
        boards.moveCard(paul, workshop.id(), fail.getId(), "patterns", 0.4, 0.6);

        undo.undo(paul, workshop.id());
        assertThat(card(fail.getId()).getZone()).isEqualTo("fails");
        assertThat(card(fail.getId()).getText()).isEqualTo("deuxième jet");
        undo.undo(paul, workshop.id());
        Card back = card(fail.getId());
        assertThat(back.getText()).isEqualTo("premier jet");
        assertThat(back.getFields()).as("a field it did not have is cleared").isEmpty();
        assertThat(back.getColor()).isEqualTo(fail.getColor()).isNotEqualTo("purple");

        undo.redo(paul, workshop.id());
        assertThat(card(fail.getId()).getText()).isEqualTo("deuxième jet");
        assertThat(card(fail.getId()).getFields()).containsEntry("context", "Q3");
        undo.redo(paul, workshop.id());
        assertThat(card(fail.getId()).getZone()).isEqualTo("patterns");
        assertThatThrownBy(() -> undo.redo(paul, workshop.id())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.redo.nothing"));
    }

    @Test
    void anAddedCardGoesToTheTrashAndADeletedOneComesBack() {
        Card added = boards.addCard(paul, workshop.id(), NewCard.of("fails", "de trop"));
        undo.undo(paul, workshop.id());
        assertThat(boards.cards(lea, workshop.id())).isEmpty();
        assertThat(trash.find(workshop.id(), added.getId())).isPresent();
        undo.redo(paul, workshop.id());
        assertThat(boards.cards(lea, workshop.id())).extracting(Card::getText).containsExactly("de trop");

        boards.deleteCard(paul, workshop.id(), added.getId());
        undo.undo(paul, workshop.id());
        assertThat(card(added.getId()).getText()).isEqualTo("de trop");
    }

    @Test
    void undoNeverErasesAnotherPersonsLaterWorkAndChangesNothingWhenRefused() {
        Card shared = boards.addCard(workshop.facilitator(), workshop.id(), NewCard.of("fails", "v1"));
        boards.updateCard(workshop.facilitator(), workshop.id(), shared.getId(), CardChanges.content("v2", null, null),
                null);
        // Sam, another facilitator, writes over it later
        Actor sam = workshop.guest("Sam", Role.FACILITATOR);
        boards.updateCard(sam, workshop.id(), shared.getId(), CardChanges.content("v3 de Sam", null, null), null);
        long version = card(shared.getId()).getVersion();

        assertThatThrownBy(() -> undo.undo(workshop.facilitator(), workshop.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.undo.changedSince"));
        assertThat(card(shared.getId()).getText()).isEqualTo("v3 de Sam");
        assertThat(card(shared.getId()).getVersion()).isEqualTo(version);

        // and Sam's own undo is his alone
        undo.undo(sam, workshop.id());
        assertThat(card(shared.getId()).getText()).isEqualTo("v2");
    }

    @Test
    void eachPersonUndoesOnlyTheirOwnChangesAndTheyOutliveThePage() {
        Card paulsCard = boards.addCard(paul, workshop.id(), NewCard.of("fails", "de Paul"));
        boards.addCard(lea, workshop.id(), NewCard.of("fails", "de Léa"));
        assertThatThrownBy(() -> undo.undo(workshop.facilitator(), workshop.id()))
                .hasFieldOrPropertyWithValue("messageKey", "error.undo.nothing");

        // kept in the store: any page of Paul's, this one or after a reload, undoes it
        undo.undo(paul, workshop.id());
        assertThat(boards.cards(lea, workshop.id())).extracting(Card::getText).containsExactly("de Léa");
        assertThat(trash.find(workshop.id(), paulsCard.getId())).isPresent();
        assertThatThrownBy(() -> undo.undo(paul, workshop.id()))
                .hasFieldOrPropertyWithValue("messageKey", "error.undo.nothing");
    }

    @Test
    void aNewChangeEndsWhatCouldBeRedoneAndTheSessionsRulesStillApply() {
        Card fail = boards.addCard(paul, workshop.id(), NewCard.of("fails", "a"));
        boards.updateCard(paul, workshop.id(), fail.getId(), CardChanges.content("b", null, null), null);
        undo.undo(paul, workshop.id());
        boards.updateCard(paul, workshop.id(), fail.getId(), CardChanges.content("c", null, null), null);
        assertThatThrownBy(() -> undo.redo(paul, workshop.id()))
                .hasFieldOrPropertyWithValue("messageKey", "error.redo.nothing");

        sessions.setPhase(workshop.facilitator(), workshop.id(), "vote");
        assertThatThrownBy(() -> undo.undo(paul, workshop.id())).isInstanceOf(ForbiddenException.class);
        assertThat(card(fail.getId()).getText()).isEqualTo("c");
    }
}
