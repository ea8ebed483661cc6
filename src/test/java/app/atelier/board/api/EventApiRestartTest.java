package app.atelier.board.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiClient;
import app.atelier.support.EventClient;
import app.atelier.support.Node;
import app.atelier.support.People;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The event API's numbering lives in the store: it goes on after a restart and a client resumes exactly. */
class EventApiRestartTest {
    @TempDir
    Path dataDir;

    @Test
    void aClientResumesAcrossARestartWithNothingMissedNorRepeated() throws Exception {
        String token;
        String boardId;
        long lastSeen;
        try (Node node = start()) {
            AtelierUser fanny = node.bean(People.class).account("Fanny");
            token = node.bean(ApiTokenService.class).create(fanny, "integration").secret();
            ApiClient api = new ApiClient(node.port());
            boardId = api.call("POST", "/api/boards", "{\"title\":\"Redémarrage\",\"template\":\"brand-promise\"}",
                    token).json().get("id").asString();
            try (EventClient client = EventClient.connect(node.port(), boardId, "", token)) {
                assertThat(client.next().get("seq").asLong()).isZero();
                addCards(api, boardId, token, 3);
                assertThat(seqs(client, 3)).containsExactly(1L, 2L, 3L);
                lastSeen = 3;
            }
            addCards(api, boardId, token, 2); // made while the client was away, just before the restart
        }

        try (Node node = start()) {
            ApiClient api = new ApiClient(node.port());
            try (EventClient resumed = EventClient.connect(node.port(), boardId, "?since=" + lastSeen, token)) {
                JsonNode hello = resumed.next();
                assertThat(hello.get("type").asString()).isEqualTo("hello");
                assertThat(hello.get("seq").asLong()).as("the numbering survived the restart").isEqualTo(5);
                assertThat(seqs(resumed, 2)).as("what was missed, from the log").containsExactly(4L, 5L);
                addCards(api, boardId, token, 2);
                assertThat(seqs(resumed, 2)).as("new changes go on from there").containsExactly(6L, 7L);
            }
            try (EventClient fromFuture = EventClient.connect(node.port(), boardId, "?since=999999", token)) {
                assertThat(fromFuture.next().get("type").asString()).isEqualTo("hello");
                JsonNode resync = fromFuture.next();
                assertThat(resync.get("type").asString()).isEqualTo("resync");
                assertThat(resync.get("seq").asLong()).isEqualTo(7);
            }
            try (EventClient again = EventClient.connect(node.port(), boardId, "?since=3", token)) {
                again.next();
                assertThat(seqs(again, 4)).containsExactly(4L, 5L, 6L, 7L);
                assertThat(again.poll(300)).as("nothing more, nothing twice").isNull();
            }
        }
    }

    @Test
    void aClientFurtherBackThanTheLogKeepsIsToldToResync() throws Exception {
        try (Node node = start("--atelier.events.retention.min-count=2", "--atelier.events.retention.min-age=0s")) {
            AtelierUser fanny = node.bean(People.class).account("Fanny");
            String token = node.bean(ApiTokenService.class).create(fanny, "integration").secret();
            ApiClient api = new ApiClient(node.port());
            String boardId = api.call("POST", "/api/boards", "{\"title\":\"Court\",\"template\":\"brand-promise\"}",
                    token).json().get("id").asString();
            addCards(api, boardId, token, 6);
            node.bean(app.atelier.board.internal.BoardEventLog.class).prune();
            assertThat(node.bean(app.atelier.board.internal.BoardEventLog.class).firstKept(boardId)).isEqualTo(5);

            try (EventClient old = EventClient.connect(node.port(), boardId, "?since=1", token)) {
                old.next();
                assertThat(old.next().get("type").asString()).isEqualTo("resync");
            }
            try (EventClient recent = EventClient.connect(node.port(), boardId, "?since=4", token)) {
                recent.next();
                assertThat(seqs(recent, 2)).containsExactly(5L, 6L);
            }
        }
    }

    private Node start(String... more) {
        List<String> properties = new ArrayList<>(List.of("--atelier.data-dir=" + dataDir));
        properties.addAll(List.of(more));
        return Node.withStore(properties.toArray(String[]::new));
    }

    private static void addCards(ApiClient api, String boardId, String token, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            assertThat(api.call("POST", "/api/boards/" + boardId + "/cards",
                    "{\"zone\":\"promise\",\"text\":\"carte " + i + "\"}", token).status()).isEqualTo(201);
        }
    }

    private static List<Long> seqs(EventClient client, int n) throws InterruptedException {
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seqs.add(client.next().get("seq").asLong());
        }
        return seqs;
    }
}
