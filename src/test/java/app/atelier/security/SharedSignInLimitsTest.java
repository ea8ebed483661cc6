package app.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.base.RateLimitedException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two {@link RateLimits} over one store stand for two nodes over one MongoDB: each has its own
 * {@link MongoBucketProxyManager} and its own card buckets, as separate JVMs would.
 */
class SharedSignInLimitsTest {
    /** A day-long window: not a token refills while a test runs, so budgets can be counted exactly. */
    private static final int WINDOW_MINUTES = 24 * 60;
    private static final String ADDRESS = "198.51.100.7";

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> store;

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    /** Both backends of single-node mode: in memory (tests) and the H2 file. */
    static List<Named<Supplier<MongoBackend>>> backends() {
        return List.of(Named.of("memory", MemoryBackend::new),
                Named.of("H2", () -> new H2Backend(new MVStore.Builder().open())));
    }

    @Test
    void failuresOnOneNodeCountOnTheOther() {
        open(new MemoryBackend());
        RateLimits a = node();
        RateLimits b = node();
        String email = unique();
        for (int i = 0; i < 5; i++) {
            a.signInFailed(email, ADDRESS);
        }
        for (int i = 0; i < 4; i++) {
            b.signInFailed(email.toUpperCase(), ADDRESS);
        }
        a.checkSignIn(email, ADDRESS); // 9 of 10: still open on both
        b.checkSignIn(email, ADDRESS);

        b.signInFailed(email, ADDRESS);

        assertBlocked(() -> a.checkSignIn(email, "203.0.113.1"));
        assertBlocked(() -> b.checkSignIn(email, "203.0.113.1"));
        a.checkSignIn(unique(), ADDRESS); // another account from the same address is not affected (10 of 50)
    }

    @Test
    void anAddressBudgetIsSharedToo() {
        open(new MemoryBackend());
        RateLimits a = node();
        RateLimits b = node();
        for (int i = 0; i < 25; i++) {
            a.signInFailed(unique(), ADDRESS);
            b.signInFailed(unique(), ADDRESS);
        }
        assertBlocked(() -> a.checkSignIn(unique(), ADDRESS));
        assertBlocked(() -> b.checkSignIn(unique(), ADDRESS));
        b.checkSignIn(unique(), "203.0.113.1");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void concurrentFailuresAreEachCountedOnce(Supplier<MongoBackend> backend) throws Exception {
        open(backend.get());
        RateLimits a = node();
        RateLimits b = node();
        String email = unique();
        runAtOnce(20, i -> {
            (i % 2 == 0 ? a : b).signInFailed(email, ADDRESS);
            return null;
        });

        assertBlocked(() -> a.checkSignIn(email, "203.0.113.1"));
        // Exactly 20 of the address's 50 are spent: a lost update would leave more, a double count fewer.
        for (int i = 0; i < 29; i++) {
            a.signInFailed(unique(), ADDRESS);
        }
        b.checkSignIn(unique(), ADDRESS);
        a.signInFailed(unique(), ADDRESS);
        assertBlocked(() -> b.checkSignIn(unique(), ADDRESS));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void threadsOnTwoNodesSpendExactlyTheBudgetNotMore(Supplier<MongoBackend> backend) throws Exception {
        open(backend.get());
        List<MongoBucketProxyManager> nodes = List.of(new MongoBucketProxyManager(store), new MongoBucketProxyManager(store));
        BucketConfiguration forty = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(40).refillGreedy(40, Duration.ofDays(1))).build();

        // 16 threads start together on a key nobody wrote yet: they race on the insert, then on every update.
        List<Integer> granted = runAtOnce(16, i -> {
            var bucket = nodes.get(i % 2).builder().build("contended", () -> forty);
            int taken = 0;
            for (int attempt = 0; attempt < 5; attempt++) {
                taken += bucket.tryConsume(1) ? 1 : 0;
            }
            return taken;
        });

        assertThat(granted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
        assertThat(nodes.get(0).builder().build("contended", () -> forty).getAvailableTokens()).isZero();
    }

    @Test
    void cardLimitsStayPerNode() {
        open(new MemoryBackend());
        RateLimits a = node();
        RateLimits b = node();
        for (int i = 0; i < 3; i++) {
            a.cardCreated("actor-1");
        }
        assertThatThrownBy(() -> a.cardCreated("actor-1")).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.cards.tooMany"));
        for (int i = 0; i < 3; i++) {
            b.cardCreated("actor-1");
        }
        assertThat(store.countDocuments()).as("cards are counted in memory only").isZero();
    }

    @Test
    void aCheckWritesNothingAndABucketIsRemovedOnceItWouldBeFullAgain() {
        open(new MemoryBackend());
        MongoBucketProxyManager buckets = new MongoBucketProxyManager(store);
        RateLimits a = new RateLimits(buckets, 1, 50, WINDOW_MINUTES, 3, 3, 60, 120, 20, 20, 10, 10, 100);
        String email = unique();
        a.checkSignIn(email, ADDRESS);
        assertThat(store.countDocuments()).isZero();

        a.signInFailed(email, ADDRESS);
        assertBlocked(() -> a.checkSignIn(email, ADDRESS));
        assertThat(store.countDocuments()).isEqualTo(2);
        assertThat(buckets.removeExpired(Instant.now())).as("still refilling").isZero();

        // Refilled after one window (plus the margin); the documents can go, and the account starts afresh.
        assertThat(buckets.removeExpired(Instant.now().plus(Duration.ofMinutes(WINDOW_MINUTES + 2)))).isEqualTo(2);
        a.checkSignIn(email, ADDRESS);
    }

    private void open(MongoBackend backend) {
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(server.getConnectionString());
        store = client.getDatabase("atelier").getCollection(SharedRateLimitsConfiguration.COLLECTION);
    }

    /** A node: its own proxy manager and card buckets, the shared store. 10 failures per account, 50 per address. */
    private RateLimits node() {
        return new RateLimits(new MongoBucketProxyManager(store), 10, 50, WINDOW_MINUTES, 3, 3, 60, 120, 20, 20, 10, 10,
                100);
    }

    private interface Task<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code task} on {@code threads} threads released together, and returns their results. */
    private static <T> List<T> runAtOnce(int threads, Task<T> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return task.run(index);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertBlocked(Runnable check) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RateLimitedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.signIn.tooMany");
            assertThat(e.retryAfterSeconds()).isPositive();
        });
    }

    private static String unique() {
        return "user-" + UUID.randomUUID() + "@example.org";
    }
}
