package app.atelier.base.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.AtelierApplication;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.security.Actor;
import app.atelier.support.People;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded store's promise: data survives a clean restart, and a kill -9 loses at most the last second. */
class EmbeddedStoreDurabilityTest {
    @TempDir
    Path dataDir;
    private Actor ana;

    @Test
    void boardsAndCardsSurviveACleanRestart() {
        String boardId;
        String cardId;
        try (ConfigurableApplicationContext app = start()) {
            BoardService service = app.getBean(BoardService.class);
            ana = app.getBean(People.class).account("Ana").actor();
            Board board = service.createBoard(ana, "Promesse de marque", "brand-promise");
            Card card = service.addCard(ana, board.getId(), NewCard.of("promise", "« Toujours là » — accents é à ç"));
            service.moveCard(ana, board.getId(), card.getId(), "proofs", 0.4, 0.6);
            boardId = board.getId();
            cardId = card.getId();
        }
        assertThat(dataDir.resolve("atelier.mv.db")).exists();

        try (ConfigurableApplicationContext app = start()) {
            BoardService service = app.getBean(BoardService.class);
            assertThat(service.getBoard(ana, boardId).getTitle()).isEqualTo("Promesse de marque");
            Card card = service.getCard(ana, boardId, cardId);
            assertThat(card.getText()).isEqualTo("« Toujours là » — accents é à ç");
            assertThat(card.getZone()).isEqualTo("proofs");
            assertThat(card.getX()).isEqualTo(0.4);
            assertThat(card.getVersion()).isEqualTo(1);
        }
    }

    @Test
    void writesAcknowledgedMoreThanOneSecondBeforeAKillSurviveIt() throws Exception {
        Process store = startStoreProcess();
        List<Integer> acknowledgedEarly = new ArrayList<>();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port(store))) {
            MongoCollection<Document> cards = client.getDatabase("atelier").getCollection("cards");
            for (int i = 0; i < 200; i++) {
                cards.insertOne(new Document("n", i).append("text", "carte " + i));
                acknowledgedEarly.add(i);
            }
            Thread.sleep(1_100);
            // Written just before the kill: allowed to be lost, must not corrupt the rest.
            for (int i = 200; i < 220; i++) {
                cards.insertOne(new Document("n", i));
            }
        }
        store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(store.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Process restarted = startStoreProcess();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port(restarted))) {
            List<Integer> found = new ArrayList<>();
            client.getDatabase("atelier").getCollection("cards").find().forEach(d -> found.add(d.getInteger("n")));
            assertThat(found).containsAll(acknowledgedEarly);
        } finally {
            restarted.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AtelierApplication.class)
                .run("--atelier.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off");
    }

    private Process startStoreProcess() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.createDirectories(dataDir);
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedStoreProcess.class.getName(), dataDir.toString(), "200")
                .redirectErrorStream(true).start();
    }

    private static int port(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            if (line.startsWith("PORT ")) {
                Thread.ofVirtual().start(() -> out.lines().forEach(l -> { })); // keep draining its log
                return Integer.parseInt(line.substring(5).trim());
            }
        }
        throw new AssertionError("The store process did not start");
    }
}
