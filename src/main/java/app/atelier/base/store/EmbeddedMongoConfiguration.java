package app.atelier.base.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Single-node mode: when no {@code spring.mongodb.uri} is given, Atelier starts an in-JVM MongoDB-wire server
 * (mongo-java-server) and points Spring Boot's Mongo client at it. With a URI, none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty()")
public class EmbeddedMongoConfiguration {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    /** The database name in single-node mode; with spring.mongodb.uri, the URI's database is used. */
    public static final String DATABASE = "atelier";

    /** Special data-dir value for tests: keep everything in memory. */
    public static final String IN_MEMORY = "memory";

    @Bean(destroyMethod = "") // the server closes it
    MongoBackend embeddedMongoBackend(@Value("${atelier.data-dir:./data}") String dataDir,
                                      @Value("${atelier.commit-interval-ms:200}") int commitIntervalMs,
                                      @Value("${atelier.store.oplog:false}") boolean oplog,
                                      @Value("${atelier.store.cache-mb:64}") int cacheMb) {
        MongoBackend backend = backend(dataDir, commitIntervalMs, cacheMb);
        if (oplog) {
            // for tests of the change-stream feed only: mongo-java-server's oplog grows without bound
            backend.enableOplog();
        }
        return backend;
    }

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(MongoBackend embeddedMongoBackend, @Value("${atelier.store.port:0}") int port) {
        MongoServer server = new MongoServer(embeddedMongoBackend);
        // a fixed port lets a second node share this store: --spring.mongodb.uri=mongodb://127.0.0.1:PORT/atelier
        server.bind("127.0.0.1", port);
        if (port != 0) {
            log.info("The embedded store listens on 127.0.0.1:{} for other nodes", port);
        }
        return server;
    }

    /**
     * With {@code atelier.store.flush-events}, the H2 file store commits (a write to the OS, which a killed process
     * cannot lose) before anyone hears of an event. Off by default: on this project's machines it multiplied the
     * write-to-screen latency of a 1,000-person board by five (see README, Performance).
     */
    @Bean
    StoreFlush embeddedStoreFlush(MongoBackend embeddedMongoBackend,
                                  @Value("${atelier.store.flush-events:false}") boolean flushEvents) {
        return flushEvents && embeddedMongoBackend instanceof IndexedH2Backend h2
                ? new GroupCommit(h2.getMvStore()::commit) : StoreFlush.NONE;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
        ConnectionString connection = new ConnectionString(embeddedMongoServer.getConnectionString() + "/" + DATABASE);
        return () -> connection;
    }

    static MongoBackend backend(String dataDir, int commitIntervalMs) {
        return backend(dataDir, commitIntervalMs, 64);
    }

    /**
     * {@code cacheMb}: H2's page cache. Documents are stored serialised, so a board read from a store larger than
     * the cache is mostly deserialising pages from the file (measured: 200 cards among 100,000 in 22 ms with H2's
     * default 16 MB, under 2 ms with 256 MB).
     */
    static MongoBackend backend(String dataDir, int commitIntervalMs, int cacheMb) {
        if (IN_MEMORY.equals(dataDir)) {
            log.info("Single-node mode: embedded MongoDB-wire server, in memory (nothing is kept after stop)");
            return new IndexedMemoryBackend();
        }
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        Path file = dir.resolve("atelier.mv.db");
        log.info("Single-node mode: embedded MongoDB-wire server, data in {} (set spring.mongodb.uri to use a real MongoDB)", file);
        // MVStore writes its changes in the background every commitIntervalMs: a write acknowledged longer ago
        // than that survives a kill -9.
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMb).open();
        store.setAutoCommitDelay(commitIntervalMs);
        return new IndexedH2Backend(store);
    }
}
