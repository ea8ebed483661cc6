package app.atelier.base.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.AtelierApplication;
import app.atelier.board.BoardService;
import app.atelier.support.People;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With spring.mongodb.uri Atelier uses that MongoDB and starts nothing embedded. */
class ExternalMongoTest {
    @Test
    void aGivenUriIsUsedAndNoEmbeddedServerStarts() {
        MongoServer external = new MongoServer(new MemoryBackend());
        String uri = external.bindAndGetConnectionString() + "/workshops";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AtelierApplication.class)
                .run("--spring.mongodb.uri=" + uri, "--server.port=0", "--spring.main.banner-mode=off")) {
            assertThat(app.getBeansOfType(MongoServer.class)).isEmpty();
            app.getBean(BoardService.class).createBoard(app.getBean(People.class).account("Ana").actor(),
                    "Sur le vrai serveur", "value-proposition");
        } finally {
            try (MongoClient client = MongoClients.create(external.getConnectionString())) {
                assertThat(client.getDatabase("workshops").getCollection("boards").countDocuments()).isEqualTo(1);
            }
            external.shutdownNow();
        }
    }
}
