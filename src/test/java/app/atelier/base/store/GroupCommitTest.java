package app.atelier.base.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    @Test
    void everyCallerWaitsForACommitThatBeganAfterItAndConcurrentCallersShareThem() throws Exception {
        AtomicInteger began = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlapping = new AtomicInteger();
        GroupCommit flush = new GroupCommit(() -> {
            began.incrementAndGet();
            if (running.incrementAndGet() > 1) {
                overlapping.incrementAndGet();
            }
            sleep(2);
            running.decrementAndGet();
            finished.incrementAndGet();
        });
        AtomicInteger tooEarly = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(callers.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    int beganBefore = began.get();
                    flush.flush();
                    if (finished.get() <= beganBefore) {
                        tooEarly.incrementAndGet(); // returned before a commit that began after the call ended
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        callers.shutdown();

        assertThat(tooEarly).hasValue(0);
        assertThat(overlapping).as("one commit at a time").hasValue(0);
        assertThat(began.get()).as("400 calls share commits").isLessThan(400);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
