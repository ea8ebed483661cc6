package app.atelier.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The benchmark's writes and their deliveries: when each write left its writer, and the latency of every push that
 * carried it to someone. Writes sent before {@link #measureFrom} (the warm-up) are delivered but not counted.
 */
final class WriteLog {
    record Write(long sentNanos, long sentEpochMillis, int board, boolean measured) {
    }

    private final Map<String, Write> writes = new ConcurrentHashMap<>();
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private volatile long measureFrom = Long.MAX_VALUE;
    private long[] latencies = new long[1 << 16];
    private int count;
    private final java.util.List<Long> answers = new java.util.ArrayList<>();

    void measureFromNow() {
        measureFrom = System.nanoTime();
    }

    void stopMeasuring() {
        measureFrom = Long.MAX_VALUE;
    }

    void sent(String mark, int board) {
        long now = System.nanoTime();
        writes.put(mark, new Write(now, System.currentTimeMillis(), board, now >= measureFrom));
    }

    /** A push carried the write {@code mark} to someone; {@code byWriter}: the writer's own page, proof it saved. */
    void delivered(String mark, long receivedNanos, boolean byWriter) {
        Write write = writes.get(mark);
        if (write == null || !write.measured()) {
            return;
        }
        if (byWriter) {
            confirmed.add(mark);
        }
        synchronized (this) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = (receivedNanos - write.sentNanos()) / 1_000;
        }
    }

    /** The writer's "save" request came back after {@code nanos} (the server saves, then tells every page). */
    synchronized void answered(long nanos) {
        if (measureFrom != Long.MAX_VALUE) {
            answers.add(nanos / 1_000);
        }
    }

    /** Save answer times in microseconds, sorted. */
    synchronized long[] answers() {
        return answers.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    Write write(String mark) {
        return writes.get(mark);
    }

    /** The measured writes that were saved (their writer's own page got them). */
    Set<String> confirmedWrites() {
        return Set.copyOf(confirmed);
    }

    long measuredWrites() {
        return writes.values().stream().filter(Write::measured).count();
    }

    /** Latencies in microseconds, sorted. */
    synchronized long[] latencies() {
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        return sorted;
    }

    synchronized void clear() {
        writes.clear();
        confirmed.clear();
        answers.clear();
        count = 0;
        measureFrom = Long.MAX_VALUE;
    }

    /** The value at {@code p} percent of sorted values (nearest rank; 100 is the maximum), or -1 if none. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    static double percentileMillis(long[] sortedMicros, double p) {
        return sortedMicros.length == 0 ? Double.NaN : percentile(sortedMicros, p) / 1000.0;
    }
}
