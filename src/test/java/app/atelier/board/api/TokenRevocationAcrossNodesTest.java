package app.atelier.board.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.board.BoardService;
import app.atelier.board.NewCard;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.EventClient;
import app.atelier.support.Node;
import app.atelier.support.People;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A revoked token's event streams close on every node: at once on the node that revoked it, within the credential
 * check's interval (2 s) on the others. Node A checks only every hour, so what closes there is the immediate path.
 */
class TokenRevocationAcrossNodesTest {
    static Node a;
    static Node b;

    private AtelierUser ana;
    private String boardId;

    @BeforeAll
    static void startTwoNodes() {
        a = Node.withStore("--atelier.node-name=a", "--atelier.events.credential-check=1h");
        b = a.another("--atelier.node-name=b");
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    @BeforeEach
    void setUp() {
        ana = a.bean(People.class).account("Ana");
        boardId = a.bean(BoardService.class).createBoard(ana.actor(), "Révocation", "brand-promise").getId();
    }

    @Test
    void aTokenRevokedOnOneNodeLosesItsStreamOnTheOtherWhileOtherTokensKeepTheirs() throws Exception {
        ApiTokenService.NewToken revoked = a.bean(ApiTokenService.class).create(ana, "revoked");
        String kept = a.bean(ApiTokenService.class).create(ana, "kept").secret();
        try (EventClient revokedOnB = EventClient.connect(b.port(), boardId, "", revoked.secret());
             EventClient keptOnB = EventClient.connect(b.port(), boardId, "", kept)) {
            revokedOnB.next(); // hello
            keptOnB.next();

            a.bean(ApiTokenService.class).revoke(ana, revoked.token().getId());

            assertThat(revokedOnB.closed(5_000)).as("closed on the other node within 5 s").isTrue();
            assertThat(revokedOnB.closeReason()).isEqualTo("1008 token revoked");
            a.bean(BoardService.class).addCard(ana.actor(), boardId, NewCard.of("promise", "après"));
            assertThat(keptOnB.next().at("/card/text").asString()).isEqualTo("après");
            assertThat(keptOnB.closed(0)).as("the other token's stream goes on").isFalse();
            assertThat(revokedOnB.received()).noneMatch(m -> m.toString().contains("après"));
        }
    }

    @Test
    void onTheNodeThatRevokesItTheStreamClosesAtOnce() throws Exception {
        ApiTokenService.NewToken token = a.bean(ApiTokenService.class).create(ana, "here");
        try (EventClient onA = EventClient.connect(a.port(), boardId, "", token.secret())) {
            onA.next(); // hello

            a.bean(ApiTokenService.class).revoke(ana, token.token().getId());

            assertThat(onA.closed(3_000)).as("closed without waiting for a check").isTrue();
            assertThat(onA.closeReason()).isEqualTo("1008 token revoked");
        }
    }

    @Test
    void aStreamWhoseAccountIsGoneCloses() throws Exception {
        String token = a.bean(ApiTokenService.class).create(ana, "orphan").secret();
        try (EventClient onB = EventClient.connect(b.port(), boardId, "", token)) {
            onB.next(); // hello

            // Atelier deletes no account today; an operator (or a later feature) removing one must not leave streams
            a.bean(MongoTemplate.class).remove(Query.query(Criteria.where("_id").is(ana.id())), "users");

            assertThat(onB.closed(5_000)).as("closed within 5 s").isTrue();
        }
    }
}
