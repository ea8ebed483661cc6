package app.atelier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cluster benchmark: it starts its own Atelier nodes (the production jar, loopback only), restarts and kills
 * them, and drives them through the REST API and the live event API. Figures, not pass/fail; they go to stdout and
 * {@code target/benchmarks/cluster.md}; node logs to {@code target/benchmarks/cluster/}. Run by bench/cluster.sh.
 *
 * <ol>
 *   <li>{@code continuity}: one writer (a card every {@code cluster.writeMs}) and one event-API client through
 *   (a) a clean restart (SIGTERM, start again on the same data dir), (b) a {@code kill -9} and a restart, (c) a
 *   switch from node A to node B on one store, the writes going on through A, then B. Written, received, missed,
 *   duplicated and out-of-order seqs, resyncs.</li>
 *   <li>{@code latency}: two nodes on one store, {@code cluster.clientsPerNode} event clients on each, writes through
 *   both nodes' REST API; write-to-receipt latency, same node vs other node, for each poll interval.</li>
 *   <li>{@code full}: the embedded store filled through the API ({@code cluster.cards} cards on
 *   {@code cluster.boards} boards), restarted; then card saves (PATCH) and board opens (cold, then warm).</li>
 * </ol>
 *
 * <p>System properties (all optional): {@code cluster.only} (continuity,latency,full), {@code cluster.phaseSeconds}
 * (10: each phase of a continuity case), {@code cluster.cases} (restart,kill,switch), {@code cluster.writeMs} (20), {@code cluster.clientsPerNode} (10),
 * {@code cluster.writesPerSecond} (5, in all), {@code cluster.seconds} (60, measured), {@code cluster.warmupSeconds}
 * (5), {@code cluster.pollIntervals} (ms, "100,50,250"), {@code cluster.boards} (500), {@code cluster.cards}
 * (100000), {@code cluster.saves} (500), {@code cluster.opens} (100: boards opened cold, then warm),
 * {@code cluster.fillThreads} (8), {@code cluster.nodeArgs} (extra arguments for every node), {@code cluster.xmx} (1g, per node), {@code cluster.jar} (target/atelier.jar).
 */
public final class ClusterBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EMAIL = "bench@example.org";
    private static final String ZONE = "audience";
    /** The mark every benchmark card carries in its text: {@code [tag#n]}. */
    private static final Pattern MARK = Pattern.compile("\\[([A-Za-z0-9-]+)#(\\d+)]");
    private static final Duration MAX_START = Duration.ofSeconds(180);

    private final Path dir = Path.of("target", "benchmarks", "cluster");
    private final Path jar = Path.of(System.getProperty("cluster.jar", "target/atelier.jar")).toAbsolutePath();
    private final String xmx = System.getProperty("cluster.xmx", "1g");
    private final String password = "cluster-bench-" + ProcessHandle.current().pid();
    private final List<Node> nodes = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** The report: a preamble, then one section per scenario (intro and table header, rows, notes). */
    private final List<Section> sections = new CopyOnWriteArrayList<>();
    private volatile String token;

    private static final class Section {
        final List<String> intro = new ArrayList<>();
        final List<String> rows = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Section(String... intro) {
            this.intro.addAll(List.of(intro));
        }
    }

    public static void main(String[] args) throws Exception {
        ClusterBenchmark bench = new ClusterBenchmark();
        Runtime.getRuntime().addShutdownHook(new Thread(bench::killAll));
        int status = 0;
        try {
            bench.run(Set.of(System.getProperty("cluster.only", "continuity,latency,full").split(",")));
        } catch (Throwable e) {
            e.printStackTrace();
            bench.sections.add(new Section("", "**The benchmark stopped on an error:** " + e));
            status = 1;
        } finally {
            bench.killAll();
            bench.writeReport();
        }
        System.exit(status);
    }

    private void run(Set<String> only) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build it with ./mvnw -Pproduction -DskipTests package");
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("pids"));
        sections.add(new Section("# Cluster benchmark", "",
                String.format(Locale.ROOT, "%s; %d cores, %d MB RAM, Java %s; nodes -Xmx%s; /proc/loadavg at start: %s",
                        Instant.now(), Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                        System.getProperty("java.version"), xmx, Files.readString(Path.of("/proc/loadavg")).trim()),
                "", "Server CPU: user + system time of the node processes (from /proc/<pid>/stat) over the measured "
                        + "window, as cores (CPU seconds per second) unless said otherwise; bench CPU: this JVM's own "
                        + "(the load generator shares the machine); load: the 1-minute load average at the end of the "
                        + "window."));
        if (only.contains("continuity")) {
            continuity();
        }
        if (only.contains("latency")) {
            Section section = latencySection();
            for (String interval : System.getProperty("cluster.pollIntervals", "100,50,250").split(",")) {
                latency(section, Integer.parseInt(interval.trim()));
            }
        }
        if (only.contains("full")) {
            full();
        }
    }

    // ------------------------------------------------------------------------------------------ 1. continuity

    private void continuity() throws Exception {
        Section section = new Section("", "## 1. Event API continuity", "",
                String.format(Locale.ROOT, "One writer (REST, a card every %d ms), one event-API client recording "
                                + "every seq, reconnecting with `?since=<last seen>`; %d s before and after the event. "
                                + "Missed: required acknowledged writes (201) whose card never arrived as a `card` "
                                + "message with its text. In (b) a write acknowledged less than 1 s before the kill "
                                + "is not required. Seq holes: seqs between the first and the last received that "
                                + "never came.", Integer.getInteger("cluster.writeMs", 20),
                        Integer.getInteger("cluster.phaseSeconds", 10)), "",
                "| case | written (201) | required | events received | missed | duplicated seqs | out-of-order seqs "
                        + "| resyncs | seq holes | node down (ms) | server CPU (s) | bench CPU (s) | load |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        sections.add(section);
        for (String kind : System.getProperty("cluster.cases", "restart,kill,switch").split(",")) {
            try {
                ContinuityResult result = continuityCase(kind);
                section.rows.add(result.row());
                section.notes.addAll(result.notes());
                System.out.println(result.row());
                result.notes().forEach(System.out::println);
            } catch (Exception e) {
                section.rows.add("| " + kind + " | failed: " + e + " |");
                e.printStackTrace();
            } finally {
                stopAll();
            }
            writeReport();
        }
    }

    private ContinuityResult continuityCase(String kind) throws Exception {
        Duration phase = Duration.ofSeconds(Integer.getInteger("cluster.phaseSeconds", 10));
        long interval = Duration.ofMillis(Integer.getInteger("cluster.writeMs", 20)).toNanos();
        String label = switch (kind) {
            case "restart" -> "(a) clean restart (SIGTERM)";
            case "kill" -> "(b) kill -9 and restart";
            default -> "(c) switch from node A to node B";
        };
        System.out.println("== continuity " + label);
        int storePort = freePort();
        Node a = new Node("continuity-" + kind + "-A", fresh("data-" + kind + "-A"),
                kind.equals("switch") ? List.of("--atelier.store.port=" + storePort) : List.of());
        a.start();
        Node b = null;
        if (kind.equals("switch")) {
            b = new Node("continuity-switch-B", fresh("data-switch-B"), List.of(
                    "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/atelier"));
            b.start();
        }
        signIn(a);
        String boardId = createBoard(a, "Continuité " + kind);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        Follower client = new Follower(boardId, a.port, 0);
        client.start(deadline);
        client.awaitHello(Duration.ofSeconds(10));
        SteadyWriter writer = new SteadyWriter(boardId, kind, a.port, interval, deadline);
        long cpu0 = cpu(a, b);
        long bench0 = benchCpuMillis();
        writer.start();
        Thread.sleep(phase);
        long eventNanos = System.nanoTime();
        long downMs = -1;
        List<String> notes = new ArrayList<>();
        switch (kind) {
            case "restart" -> {
                a.stop();
                a.start();
                downMs = (System.nanoTime() - eventNanos) / 1_000_000;
            }
            case "kill" -> {
                a.kill();
                a.start();
                downMs = (System.nanoTime() - eventNanos) / 1_000_000;
            }
            default -> {
                client.switchTo(b.port);
                Thread.sleep(phase); // the client on B, the writes still through A
                writer.port = b.port;
                notes.add(String.format(Locale.ROOT, "%s: the client moved to B at %.1f s, the writer at %.1f s",
                        label, phase.toMillis() / 1000.0, (System.nanoTime() - writer.startNanos) / 1e9));
            }
        }
        Thread.sleep(phase);
        writer.stop();
        Thread.sleep(2_000); // the last events, and one poll interval for the other node
        long cpu = cpu(a, b) - cpu0;
        long benchCpu = benchCpuMillis() - bench0;
        double load = loadAverage();
        client.stop();
        Node current = b != null ? b : a;
        Set<String> stored = storedMarks(current, boardId);

        long requiredBefore = kind.equals("kill") ? eventNanos - Duration.ofSeconds(1).toNanos() : Long.MAX_VALUE;
        List<Ack> acks = writer.acks();
        java.util.function.Predicate<Ack> isRequired = ack -> !kind.equals("kill")
                || ack.ackNanos() < requiredBefore || ack.sentNanos() > eventNanos;
        List<Ack> required = acks.stream().filter(isRequired).toList();
        List<Ack> atRisk = acks.stream().filter(isRequired.negate()).toList();
        Map<String, Integer> arrivals = client.cardArrivals(kind);
        List<Ack> missed = required.stream().filter(ack -> !arrivals.containsKey(ack.mark())).toList();
        SeqStats seqs = client.seqStats();

        notes.add(String.format(Locale.ROOT, "%s: %d writes refused or failed (%s); the client's connections: %s; "
                        + "%d distinct cards arrived", label, writer.failureCount(), writer.failures(),
                client.connectionLog, arrivals.size()));
        // the log as it is now, read whole by a fresh client, against what the client received
        Map<Long, String> logNow = logReadFromStart(current, boardId);
        Map<String, Long> logSeqs = new HashMap<>();
        logNow.forEach((seq, mark) -> logSeqs.put(mark, seq));
        Map<Long, String> clientGot = client.marksBySeq();
        List<String> changed = clientGot.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> logNow.containsKey(e.getKey()) && !java.util.Objects.equals(logNow.get(e.getKey()),
                        e.getValue()))
                .map(e -> "seq " + e.getKey() + ": the client got " + e.getValue() + ", the log now has "
                        + logNow.get(e.getKey())).toList();
        long notInLog = clientGot.keySet().stream().filter(seq -> !logNow.containsKey(seq)).count();
        if (!changed.isEmpty() || notInLog > 0) {
            notes.add(String.format(Locale.ROOT, "%s: **the log (%d events now) disagrees with what the client "
                            + "received: %d seqs now carry another card**%s, %d received seqs are not in the log; %s",
                    label, logNow.size(), changed.size(), changed.isEmpty() ? "" : " (the number was given again "
                            + "to a later event)", notInLog, changed.stream().limit(8).toList()));
        }
        if (!missed.isEmpty()) {
            long missedInStore = missed.stream().filter(ack -> stored.contains(ack.mark())).count();
            long lastResync = client.resyncSeqs.stream().mapToLong(Long::longValue).max().orElse(-1);
            long beforeResync = missed.stream().filter(ack -> logSeqs.getOrDefault(ack.mark(), Long.MAX_VALUE)
                    <= lastResync).count();
            notes.add(String.format(Locale.ROOT, "%s: **%d acknowledged writes never arrived** (%d of them are in "
                            + "the store, %d are not; %d were logged at or before a resync's seq, so a client that "
                            + "reloads the board on resync has them, %d were not); first ones: %s", label,
                    missed.size(), missedInStore, missed.size() - missedInStore, beforeResync,
                    missed.size() - beforeResync, missed.stream().limit(8).map(ack -> {
                        Long seq = logSeqs.get(ack.mark());
                        return describe(ack, eventNanos, kind) + (seq == null ? ", not in the log"
                                : ", in the log at seq " + seq + (clientGot.containsKey(seq)
                                ? " — a seq the client had already received, carrying " + clientGot.get(seq)
                                : ""));
                    }).toList()));
        }
        List<Ack> lostByStore = acks.stream().filter(ack -> !stored.contains(ack.mark())).toList();
        if (!lostByStore.isEmpty() || !atRisk.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "%s: %d acknowledged writes are not in the store afterwards%s; %d "
                            + "writes acknowledged in the last second before the %s (not required): %d arrived, %d "
                            + "are in the store", label, lostByStore.size(), lostByStore.isEmpty() ? ""
                            : " (answered " + lostByStore.stream().limit(8).map(ack -> String.format(Locale.ROOT,
                            "%+d ms", (ack.ackNanos() - eventNanos) / 1_000_000)).toList() + " from the " + kind + ")",
                    atRisk.size(), kind, atRisk.stream().filter(ack -> arrivals.containsKey(ack.mark())).count(),
                    atRisk.stream().filter(ack -> stored.contains(ack.mark())).count()));
        }
        if (seqs.reused() > 0 || seqs.duplicates() > 0 || seqs.outOfOrder() > 0) {
            notes.add(String.format(Locale.ROOT, "%s: **%d seqs arrived twice, %d of them carrying a different card "
                    + "the second time** (the number given again to another event), %d out of order; first ones: %s",
                    label, seqs.duplicates(), seqs.reused(), seqs.outOfOrder(), seqs.examples()));
        }
        if (client.resyncs.get() > 0) {
            notes.add(label + ": resync messages: " + client.resyncMessages);
        }
        return new ContinuityResult(label, acks.size(), required.size(), seqs.events(), missed.size(),
                seqs.duplicates(), seqs.outOfOrder(), client.resyncs.get(), seqs.holes(), downMs, cpu / 1000.0,
                benchCpu / 1000.0, load, notes);
    }

    /** The board's whole event log as the event API replays it to a client with {@code ?since=0}: seq to mark. */
    private Map<Long, String> logReadFromStart(Node node, String boardId) throws Exception {
        Follower reader = new Follower(boardId, node.port, 0, 0);
        reader.start(System.nanoTime() + Duration.ofSeconds(30).toNanos());
        try {
            reader.awaitHello(Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (reader.messageCount() < reader.hellos.getFirst() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            return reader.marksBySeq();
        } finally {
            reader.stop();
        }
    }

    private static String describe(Ack ack, long eventNanos, String kind) {
        return String.format(Locale.ROOT, "%s sent %+.3f s from the %s, answered after %d ms", ack.mark(),
                (ack.sentNanos() - eventNanos) / 1e9, kind.equals("switch") ? "client's switch" : kind,
                (ack.ackNanos() - ack.sentNanos()) / 1_000_000);
    }

    record ContinuityResult(String label, int written, int required, int received, int missed, int duplicates,
                            int outOfOrder, int resyncs, long holes, long downMs, double serverCpuSeconds,
                            double benchCpuSeconds, double load, List<String> notes) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %s | %.1f | %.1f | %.2f |",
                    label, written, required, received, missed, duplicates, outOfOrder, resyncs, holes,
                    downMs < 0 ? "–" : Long.toString(downMs), serverCpuSeconds, benchCpuSeconds, load);
        }
    }

    // ------------------------------------------------------------------------------------------ 2. latency

    private Section latencySection() {
        Section section = new Section("", "## 2. Two nodes, one board, people on both", "", String.format(Locale.ROOT, "%d event-API clients on each node, one board; %d writes/s in all through "
                        + "both nodes' REST API in turn, %d s warm-up then %d s measured. Latency: from the writer "
                        + "sending the request to each client receiving the `card` message (ms). Missed: deliveries "
                        + "of acknowledged measured writes that never came.",
                Integer.getInteger("cluster.clientsPerNode", 10), Integer.getInteger("cluster.writesPerSecond", 5),
                Integer.getInteger("cluster.warmupSeconds", 5), Integer.getInteger("cluster.seconds", 60)), "",
                "| poll interval | writes measured | same node p50 / p95 / p99 / max | other node p50 / p95 / p99 / max "
                        + "| missed | REST answer p50 / p95 | server CPU A / B (cores) | bench CPU (cores) | load |",
                "|---|---|---|---|---|---|---|---|---|");
        sections.add(section);
        return section;
    }

    private void latency(Section section, int pollMs) throws Exception {
        System.out.println("== two nodes, poll interval " + pollMs + " ms");
        int perNode = Integer.getInteger("cluster.clientsPerNode", 10);
        int rate = Integer.getInteger("cluster.writesPerSecond", 5);
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("cluster.warmupSeconds", 5));
        Duration measured = Duration.ofSeconds(Integer.getInteger("cluster.seconds", 60));
        int storePort = freePort();
        String poll = "--atelier.cluster.poll-interval=" + pollMs + "ms";
        Node a = new Node("latency-" + pollMs + "-A", fresh("data-latency-A"),
                List.of("--atelier.store.port=" + storePort, poll));
        Node b = new Node("latency-" + pollMs + "-B", fresh("data-latency-B"),
                List.of("--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/atelier", poll));
        List<Follower> clients = new ArrayList<>();
        try {
            a.start();
            b.start();
            signIn(a);
            Node[] both = {a, b};
            String boardId = createBoard(a, "Deux nœuds " + pollMs);
            long deadline = System.nanoTime() + measured.plus(warmUp).plusMinutes(5).toNanos();
            for (int node = 0; node < 2; node++) {
                for (int i = 0; i < perNode; i++) {
                    Follower client = new Follower(boardId, both[node].port, node);
                    client.start(deadline);
                    clients.add(client);
                }
            }
            for (Follower client : clients) {
                client.awaitHello(Duration.ofSeconds(20));
            }
            Thread.sleep(1_000);

            String tag = "lat" + pollMs;
            int total = (int) ((warmUp.toMillis() + measured.toMillis()) * rate / 1000);
            long start = System.nanoTime() + 200_000_000L;
            long measureFrom = start + warmUp.toNanos();
            long measureTo = measureFrom + measured.toNanos();
            Map<String, TimedWrite> writes = new ConcurrentHashMap<>();
            AtomicInteger failures = new AtomicInteger();
            long[] cpu = new long[4];
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int k = 1; k <= total; k++) {
                    int n = k;
                    long due = start + (k - 1) * 1_000_000_000L / rate;
                    int node = k % 2;
                    threads.submit(() -> {
                        sleepUntil(due);
                        String mark = "[" + tag + "#" + n + "]";
                        long sent = System.nanoTime();
                        try {
                            Response response = post(both[node], "/api/boards/" + boardId + "/cards",
                                    card(mark, n));
                            writes.put(mark, new TimedWrite(node, sent, System.nanoTime(), response.status(),
                                    due >= measureFrom));
                            if (response.status() != 201 && failures.incrementAndGet() <= 3) {
                                System.err.println("write answered " + response.status() + ": " + response.body());
                            }
                        } catch (IOException e) {
                            if (failures.incrementAndGet() <= 3) {
                                System.err.println("write failed: " + e);
                            }
                        }
                        return null;
                    });
                }
                sleepUntil(measureFrom);
                cpu[0] = a.cpuMillis();
                cpu[1] = b.cpuMillis();
                cpu[2] = benchCpuMillis();
                sleepUntil(measureTo);
                cpu[0] = a.cpuMillis() - cpu[0];
                cpu[1] = b.cpuMillis() - cpu[1];
                cpu[2] = benchCpuMillis() - cpu[2];
            }
            double load = loadAverage();
            Thread.sleep(3_000); // the last deliveries
            List<Long> same = new ArrayList<>();
            List<Long> other = new ArrayList<>();
            long missed = 0;
            List<Long> answers = new ArrayList<>();
            int measuredWrites = 0;
            for (Map.Entry<String, TimedWrite> entry : writes.entrySet()) {
                TimedWrite write = entry.getValue();
                if (!write.measured() || write.status() != 201) {
                    continue;
                }
                measuredWrites++;
                answers.add((write.ackNanos() - write.sentNanos()) / 1_000);
                for (Follower client : clients) {
                    Long received = client.firstArrival(entry.getKey());
                    if (received == null) {
                        missed++;
                    } else {
                        (client.node == write.node() ? same : other).add((received - write.sentNanos()) / 1_000);
                    }
                }
            }
            double seconds = measured.toMillis() / 1000.0;
            String row = String.format(Locale.ROOT, "| %d ms | %d | %s | %s | %d | %s | %.2f / %.2f | %.2f | %.2f |",
                    pollMs, measuredWrites, percentiles(same, 50, 95, 99, 100), percentiles(other, 50, 95, 99, 100),
                    missed, percentiles(answers, 50, 95), cpu[0] / 1000.0 / seconds, cpu[1] / 1000.0 / seconds,
                    cpu[2] / 1000.0 / seconds, load);
            section.rows.add(row);
            System.out.println(row);
            int resyncs = clients.stream().mapToInt(c -> c.resyncs.get()).sum();
            int duplicates = clients.stream().mapToInt(c -> c.seqStats().duplicates()).sum();
            int outOfOrder = clients.stream().mapToInt(c -> c.seqStats().outOfOrder()).sum();
            int reconnects = clients.stream().mapToInt(c -> c.connections.get() - 1).sum();
            String detail = String.format(Locale.ROOT, "poll %d ms: %d writes failed or refused, %d deliveries "
                            + "(%d same node, %d other node), %d duplicated seqs, %d out of order, %d resyncs, "
                            + "%d reconnections", pollMs, failures.get(), same.size() + other.size(), same.size(),
                    other.size(), duplicates, outOfOrder, resyncs, reconnects);
            section.notes.add(detail);
            System.out.println(detail);
        } catch (Exception e) {
            section.rows.add("| " + pollMs + " ms | failed: " + e + " |");
            e.printStackTrace();
        } finally {
            clients.forEach(Follower::stop);
            stopAll();
            writeReport();
        }
    }

    record TimedWrite(int node, long sentNanos, long ackNanos, int status, boolean measured) {
    }

    // ------------------------------------------------------------------------------------------ 3. full store

    private void full() throws Exception {
        int boardCount = Integer.getInteger("cluster.boards", 500);
        int cardCount = Integer.getInteger("cluster.cards", 100_000);
        int perBoard = cardCount / boardCount;
        int saves = Integer.getInteger("cluster.saves", 500);
        int opens = Math.min(Integer.getInteger("cluster.opens", 100), boardCount / 2);
        int threads = Integer.getInteger("cluster.fillThreads", 8);
        System.out.println("== embedded store full: " + perBoard * boardCount + " cards on " + boardCount + " boards");
        Section section = new Section("", "## 3. Embedded store full", "", String.format(Locale.ROOT, "%d cards (%d per board) on %d boards, written through the REST API by %d "
                        + "parallel writers; then the node is restarted (SIGTERM) on its data dir. Saves: %d PATCHes "
                        + "one at a time, of random cards on random boards never opened since the start. Opens: "
                        + "`GET /api/boards/{id}` of %d other boards, first cold (not opened since the start), then "
                        + "again warm. Times in ms as the client saw them.", perBoard * boardCount, perBoard,
                boardCount, threads, saves, opens), "",
                "| figure | count | p50 | p95 | p99 | max | server CPU (cores) | bench CPU (cores) | load |",
                "|---|---|---|---|---|---|---|---|---|");
        sections.add(section);
        Path data = fresh("data-full");
        Node node = new Node("full", data, List.of());
        try {
            node.start();
            signIn(node);
            List<String> boards = new ArrayList<>();
            for (int i = 0; i < boardCount; i++) {
                boards.add(createBoard(node, "Plein " + i));
            }
            List<List<String>> cardIds = new ArrayList<>();
            for (int i = 0; i < boardCount; i++) {
                cardIds.add(Collections.synchronizedList(new ArrayList<>()));
            }
            AtomicInteger done = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            List<Long> fillTimes = Collections.synchronizedList(new ArrayList<>());
            Window fill = new Window(node);
            try (ExecutorService writers = Executors.newFixedThreadPool(threads)) {
                for (int i = 0; i < boardCount; i++) {
                    int board = i;
                    writers.submit(() -> {
                        for (int c = 0; c < perBoard; c++) {
                            long sent = System.nanoTime();
                            try {
                                Response response = post(node, "/api/boards/" + boards.get(board) + "/cards",
                                        card("[full" + board + "#" + c + "]", c));
                                if (response.status() != 201) {
                                    throw new IOException("answered " + response.status() + ": " + response.body());
                                }
                                fillTimes.add((System.nanoTime() - sent) / 1_000);
                                cardIds.get(board).add(JSON.readTree(response.body()).get("id").asString());
                            } catch (Exception e) {
                                if (failed.incrementAndGet() <= 3) {
                                    System.err.println("card failed: " + e);
                                }
                            }
                            int n = done.incrementAndGet();
                            if (n % Math.max(1, perBoard * boardCount / 10) == 0) {
                                System.out.printf(Locale.ROOT, "  %d cards in %.0f s%n", n, fill.seconds());
                            }
                        }
                        return null;
                    });
                }
            }
            fill.end();
            int written = cardIds.stream().mapToInt(List::size).sum();
            fullRow(section, String.format(Locale.ROOT, "fill: %d cards in %.0f s (%.0f cards/s), %d failed; one POST's "
                    + "answer", written, fill.seconds(), written / fill.seconds(), failed.get()), fillTimes, fill);

            storeFiles(section, data, "while running");
            node.stop();
            storeFiles(section, data, "after SIGTERM");
            long startMs = node.start();
            fullNote(section, String.format(Locale.ROOT, "restart with the full store: first HTTP 200 after %d ms", startMs));

            Random random = new Random(42);
            List<Integer> saveBoards = new ArrayList<>();
            for (int i = opens; i < boardCount; i++) {
                if (!cardIds.get(i).isEmpty()) {
                    saveBoards.add(i);
                }
            }
            List<Long> saveTimes = new ArrayList<>();
            int saveFailures = 0;
            Window save = new Window(node);
            for (int i = 0; i < saves && !saveBoards.isEmpty(); i++) {
                int board = saveBoards.get(random.nextInt(saveBoards.size()));
                List<String> ids = cardIds.get(board);
                String cardId = ids.get(random.nextInt(ids.size()));
                long sent = System.nanoTime();
                Response response = send(node, "PATCH", "/api/boards/" + boards.get(board) + "/cards/" + cardId,
                        Map.of("text", "Carte revue " + i + " — « modifiée »"));
                long micros = (System.nanoTime() - sent) / 1_000;
                if (response.status() == 200) {
                    saveTimes.add(micros);
                } else if (saveFailures++ < 3) {
                    System.err.println("save answered " + response.status() + ": " + response.body());
                }
                Thread.sleep(10);
            }
            save.end();
            fullRow(section, "card save (PATCH)" + (saveFailures > 0 ? ", " + saveFailures + " failed" : ""), saveTimes, save);

            for (String pass : List.of("cold", "warm")) {
                List<Long> openTimes = new ArrayList<>();
                int wrong = 0;
                long bytes = 0;
                Window open = new Window(node);
                for (int i = 0; i < opens; i++) {
                    long sent = System.nanoTime();
                    Response response = send(node, "GET", "/api/boards/" + boards.get(i), null);
                    openTimes.add((System.nanoTime() - sent) / 1_000);
                    bytes = response.body().length();
                    if (response.status() != 200
                            || JSON.readTree(response.body()).get("cards").size() != cardIds.get(i).size()) {
                        wrong++;
                    }
                    Thread.sleep(10);
                }
                open.end();
                fullRow(section, String.format(Locale.ROOT, "open a %d-card board, %s (%d KB)%s", perBoard, pass,
                        bytes / 1024, wrong > 0 ? ", " + wrong + " wrong answers" : ""), openTimes, open);
            }
        } catch (Exception e) {
            section.rows.add("| failed: " + e + " |");
            e.printStackTrace();
        } finally {
            stopAll();
            writeReport();
        }
    }

    private void fullRow(Section section, String figure, List<Long> micros, Window window) throws IOException {
        String row = String.format(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %.2f |", figure, micros.size(),
                percentiles(micros, 50, 95, 99, 100).replace(" / ", " | "), window.serverCores(), window.benchCores(),
                window.load);
        section.rows.add(row);
        System.out.println(row);
        writeReport();
    }

    private void storeFiles(Section section, Path data, String when) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            fullNote(section, "store files " + when + ": " + files.map(file -> String.format(Locale.ROOT, "%s %.1f MB",
                    file.getFileName(), sizeMb(file))).toList());
        }
    }

    private void fullNote(Section section, String line) {
        section.notes.add(line);
        System.out.println(line);
    }

    /** A measured window: the node's CPU, this JVM's CPU and the load average at its end. */
    private final class Window {
        private final Node node;
        private final long start = System.nanoTime();
        private final long serverStart;
        private final long benchStart = benchCpuMillis();
        private long end;
        private long serverCpu;
        private long benchCpu;
        double load;

        Window(Node node) throws IOException {
            this.node = node;
            this.serverStart = node.cpuMillis();
        }

        void end() throws IOException {
            end = System.nanoTime();
            serverCpu = node.cpuMillis() - serverStart;
            benchCpu = benchCpuMillis() - benchStart;
            load = loadAverage();
        }

        double seconds() {
            return ((end == 0 ? System.nanoTime() : end) - start) / 1e9;
        }

        double serverCores() {
            return serverCpu / 1000.0 / seconds();
        }

        double benchCores() {
            return benchCpu / 1000.0 / seconds();
        }
    }

    // ------------------------------------------------------------------------------------------ nodes

    /** An Atelier process started from the production jar, on loopback. */
    private final class Node {
        final String name;
        final int port;
        final Path data;
        final List<String> extra;
        final Path log;
        Process process;
        /** CPU of this node's earlier processes (before a restart). */
        long cpuBefore;

        Node(String name, Path data, List<String> extra) throws IOException {
            this.name = name;
            this.port = freePort();
            this.data = data;
            this.extra = extra;
            this.log = dir.resolve(name + ".log");
            Files.deleteIfExists(log);
        }

        /** Starts the node and waits for its first HTTP 200; returns how long that took (ms). */
        long start() throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx, "-jar",
                    jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                    "--atelier.data-dir=" + data.toAbsolutePath(), "--atelier.signup=false",
                    "--atelier.admin.email=" + EMAIL, "--atelier.admin.password=" + password,
                    "--atelier.rate.card-burst=1000000", "--atelier.rate.edit-burst=1000000",
                    // every simulated person comes from this one machine's address
                    "--atelier.rate.guests-per-address-per-hour=1000000"));
            String nodeArgs = System.getProperty("cluster.nodeArgs", "").trim();
            if (!nodeArgs.isEmpty()) {
                command.addAll(List.of(nodeArgs.split("\\s+"))); // e.g. -Dcluster.nodeArgs=--atelier.store.cache-mb=256
            }
            command.addAll(extra);
            long begin = System.nanoTime();
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Files.writeString(dir.resolve("pids"), process.pid() + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (!nodes.contains(this)) {
                nodes.add(this);
            }
            long deadline = begin + MAX_START.toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited while starting; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly().waitFor();
                    throw new TimeoutException(name + " did not answer within " + MAX_START + "; see " + log);
                }
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(100);
            }
            long ms = (System.nanoTime() - begin) / 1_000_000;
            System.out.println("  " + name + " up on port " + port + " after " + ms + " ms (pid " + process.pid() + ")");
            return ms;
        }

        /** SIGTERM, as a service manager stops it; SIGKILL if it has not gone after 60 s. */
        void stop() throws Exception {
            if (process == null || !process.isAlive()) {
                return;
            }
            cpuBefore += cpuNow();
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                System.err.println(name + " did not stop within 60 s of SIGTERM; killing it");
                process.destroyForcibly().waitFor();
            }
        }

        /** kill -9. */
        void kill() throws Exception {
            cpuBefore += cpuNow();
            process.destroyForcibly().waitFor();
        }

        long cpuMillis() throws IOException {
            return cpuBefore + (process != null && process.isAlive() ? cpuNow() : 0);
        }

        /** CPU time of the running process (user + system), from /proc, like LoadBenchmark. */
        private long cpuNow() throws IOException {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // 100 ticks per second
            } catch (java.nio.file.NoSuchFileException gone) {
                return 0;
            }
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    private long cpu(Node a, Node b) throws IOException {
        return a.cpuMillis() + (b == null ? 0 : b.cpuMillis());
    }

    /** Stops every node still running, the ones that use another's store first. */
    private void stopAll() throws Exception {
        List<Node> running = new ArrayList<>(nodes);
        Collections.reverse(running);
        for (Node node : running) {
            node.stop();
        }
        nodes.clear();
    }

    private void killAll() {
        for (Node node : nodes) {
            if (node.process != null && node.process.isAlive()) {
                node.process.destroyForcibly();
            }
        }
    }

    // ------------------------------------------------------------------------------------------ REST

    record Response(int status, String body) {
    }

    private Response post(Node node, String path, Object body) throws IOException, InterruptedException {
        return send(node.port, "POST", path, body);
    }

    private Response send(Node node, String method, String path, Object body) throws IOException,
            InterruptedException {
        return send(node.port, method, path, body);
    }

    private Response send(int port, String method, String path, Object body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    /** A personal API token of the admin account (kept in the store: valid on every node sharing it). */
    private void signIn(Node node) throws Exception {
        token = null;
        Response response = post(node, "/api/auth/token", Map.of("email", EMAIL, "password", password,
                "name", "cluster-bench"));
        if (response.status() != 201) {
            throw new IllegalStateException("token: " + response.status() + " " + response.body());
        }
        token = JSON.readTree(response.body()).get("token").asString();
    }

    private String createBoard(Node node, String title) throws Exception {
        Response response = post(node, "/api/boards", Map.of("title", title, "template", "brand-promise"));
        if (response.status() != 201) {
            throw new IllegalStateException("board: " + response.status() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asString();
    }

    private static Map<String, Object> card(String mark, int n) {
        return Map.of("zone", ZONE, "text", "Carte " + mark + " — quelques mots, des accents (é, à) et « guillemets »",
                "x", (n % 40) / 40.0, "y", (n / 40 % 40) / 40.0);
    }

    /** The marks of the cards the store holds for the board (read through the node's API). */
    private Set<String> storedMarks(Node node, String boardId) throws Exception {
        Response response = send(node, "GET", "/api/boards/" + boardId, null);
        if (response.status() != 200) {
            throw new IllegalStateException("board: " + response.status() + " " + response.body());
        }
        Set<String> marks = new HashSet<>();
        for (JsonNode card : JSON.readTree(response.body()).get("cards")) {
            Matcher m = MARK.matcher(card.get("text").asString());
            if (m.find()) {
                marks.add(m.group());
            }
        }
        return marks;
    }

    // ------------------------------------------------------------------------------------------ writer

    record Ack(int n, String mark, long sentNanos, long ackNanos, int port) {
    }

    /** One writer adding a card every interval through the REST API of the node at {@code port}. */
    private final class SteadyWriter {
        private final String boardId;
        private final String tag;
        private final long intervalNanos;
        private final long deadline;
        volatile int port;
        private final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Integer> failures = new ConcurrentHashMap<>();
        private volatile boolean stopped;
        private Thread thread;
        long startNanos;

        SteadyWriter(String boardId, String tag, int port, long intervalNanos, long deadline) {
            this.boardId = boardId;
            this.tag = tag;
            this.port = port;
            this.intervalNanos = intervalNanos;
            this.deadline = deadline;
        }

        void start() {
            startNanos = System.nanoTime();
            thread = Thread.ofVirtual().start(this::run);
        }

        private void run() {
            long due = startNanos;
            for (int n = 1; !stopped && System.nanoTime() < deadline; n++) {
                sleepUntil(due);
                String mark = "[" + tag + "#" + n + "]";
                int target = port;
                long sent = System.nanoTime();
                try {
                    Response response = send(target, "POST", "/api/boards/" + boardId + "/cards", card(mark, n));
                    if (response.status() == 201) {
                        acks.add(new Ack(n, mark, sent, System.nanoTime(), target));
                    } else {
                        failures.merge("HTTP " + response.status(), 1, Integer::sum);
                    }
                } catch (IOException e) {
                    failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                } catch (InterruptedException e) {
                    return;
                }
                due = Math.max(due + intervalNanos, System.nanoTime()); // behind after a slow answer: no burst
            }
        }

        void stop() throws InterruptedException {
            stopped = true;
            thread.join(Duration.ofSeconds(15));
        }

        List<Ack> acks() {
            return List.copyOf(acks);
        }

        int failureCount() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }

        Map<String, Integer> failures() {
            return Map.copyOf(failures);
        }
    }

    // ------------------------------------------------------------------------------------------ event client

    record Message(long seq, String type, String mark, long nanos, int connection) {
    }

    record SeqStats(int events, int duplicates, int reused, int outOfOrder, long holes, List<String> examples) {
    }

    /**
     * A client of the live event API that records every message with when it came, and reconnects with
     * {@code ?since=<last seen>} whenever its connection ends (until stopped or its deadline), to whichever node
     * {@link #port} names then.
     */
    private final class Follower implements WebSocket.Listener {
        private final String boardId;
        final int node;
        private volatile int port;
        private final HttpClient client = HttpClient.newHttpClient();
        private final List<Message> messages = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
        final List<Long> hellos = new CopyOnWriteArrayList<>();
        /** Per connection: the since it asked for and the hello's seq. */
        final List<String> connectionLog = new CopyOnWriteArrayList<>();
        private volatile long connectedSince;
        final List<String> resyncMessages = new CopyOnWriteArrayList<>();
        final List<Long> resyncSeqs = new CopyOnWriteArrayList<>();
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger resyncs = new AtomicInteger();
        private final AtomicLong lastSeen = new AtomicLong(-1);
        private final StringBuilder partial = new StringBuilder();
        private volatile CompletableFuture<Void> closed = CompletableFuture.completedFuture(null);
        private volatile WebSocket socket;
        private volatile boolean stopped;
        private Thread thread;

        Follower(String boardId, int port, int node) {
            this.boardId = boardId;
            this.port = port;
            this.node = node;
        }

        /** A client that starts with {@code ?since=since}. */
        Follower(String boardId, int port, int node, long since) {
            this(boardId, port, node);
            lastSeen.set(since);
        }

        /** The mark of the card each seq carried, as first received. */
        Map<Long, String> marksBySeq() {
            Map<Long, String> bySeq = new HashMap<>();
            synchronized (messages) {
                messages.forEach(m -> bySeq.putIfAbsent(m.seq(), m.mark()));
            }
            return bySeq;
        }

        int messageCount() {
            return messages.size();
        }

        void start(long deadline) {
            thread = Thread.ofVirtual().start(() -> run(deadline));
        }

        private void run(long deadline) {
            while (!stopped && System.nanoTime() < deadline) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                closed = done;
                try {
                    long since = lastSeen.get();
                    connectedSince = since;
                    URI uri = URI.create("ws://127.0.0.1:" + port + "/api/boards/" + boardId + "/events"
                            + (since < 0 ? "" : "?since=" + since));
                    socket = client.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                            .connectTimeout(Duration.ofSeconds(2)).buildAsync(uri, this).get(5, TimeUnit.SECONDS);
                    connections.incrementAndGet();
                    while (!stopped && System.nanoTime() < deadline) {
                        try {
                            done.get(200, TimeUnit.MILLISECONDS);
                            break;
                        } catch (TimeoutException stillOpen) {
                            // keep listening
                        }
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception refused) {
                    try {
                        Thread.sleep(100); // the node is down or starting: try again shortly
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        /** Closes the current connection; the client reconnects to {@code newPort} with {@code since}. */
        void switchTo(int newPort) throws Exception {
            port = newPort;
            WebSocket current = socket;
            current.sendClose(WebSocket.NORMAL_CLOSURE, "switching node").get(5, TimeUnit.SECONDS);
            try {
                closed.get(5, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                current.abort();
            }
        }

        void awaitHello(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (hellos.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("no hello from the event API within " + timeout);
                }
                Thread.sleep(20);
            }
        }

        void stop() {
            stopped = true;
            WebSocket current = socket;
            if (current != null && !current.isOutputClosed()) {
                try {
                    current.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
                } catch (Exception e) {
                    current.abort();
                }
            }
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            client.shutdownNow();
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            synchronized (partial) {
                partial.setLength(0);
            }
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            String text = null;
            synchronized (partial) {
                partial.append(data);
                if (last) {
                    text = partial.toString();
                    partial.setLength(0);
                }
            }
            if (text != null) {
                record(JSON.readTree(text), now);
            }
            webSocket.request(1);
            return null;
        }

        private void record(JsonNode message, long now) {
            String type = message.has("type") ? message.get("type").asString() : "";
            long seq = message.has("seq") ? message.get("seq").asLong() : -1;
            switch (type) {
                case "hello" -> {
                    hellos.add(seq);
                    connectionLog.add("since " + (connectedSince < 0 ? "none" : connectedSince) + " -> hello " + seq);
                    lastSeen.compareAndSet(-1, seq); // the first connection follows from now on
                }
                case "resync" -> {
                    resyncs.incrementAndGet();
                    resyncSeqs.add(seq);
                    resyncMessages.add("resync at seq " + seq + " (last seen " + lastSeen.get() + ", connection "
                            + connections.get() + ")");
                    lastSeen.set(seq); // a client reloads the board here and goes on from this seq
                }
                default -> {
                    String mark = null;
                    if (message.has("card") && message.get("card").has("text")) {
                        Matcher m = MARK.matcher(message.get("card").get("text").asString());
                        if (m.find()) {
                            mark = m.group();
                            if ("card".equals(type)) {
                                firstArrival.putIfAbsent(mark, now);
                            }
                        }
                    }
                    messages.add(new Message(seq, type, mark, now, connections.get()));
                    lastSeen.set(seq);
                }
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(null);
        }

        Long firstArrival(String mark) {
            return firstArrival.get(mark);
        }

        /** How many times each card of the tag arrived in a {@code card} message. */
        Map<String, Integer> cardArrivals(String tag) {
            Map<String, Integer> arrivals = new HashMap<>();
            synchronized (messages) {
                for (Message m : messages) {
                    if ("card".equals(m.type()) && m.mark() != null && m.mark().startsWith("[" + tag + "#")) {
                        arrivals.merge(m.mark(), 1, Integer::sum);
                    }
                }
            }
            return arrivals;
        }

        SeqStats seqStats() {
            List<Message> all;
            synchronized (messages) {
                all = List.copyOf(messages);
            }
            Map<Long, String> seen = new LinkedHashMap<>();
            int duplicates = 0;
            int reused = 0;
            int outOfOrder = 0;
            long max = -1;
            long min = Long.MAX_VALUE;
            List<String> examples = new ArrayList<>();
            for (Message m : all) {
                if (seen.containsKey(m.seq())) {
                    duplicates++;
                    boolean other = !java.util.Objects.equals(seen.get(m.seq()), m.mark());
                    if (other) {
                        reused++;
                    }
                    if (examples.size() < 8) {
                        examples.add("seq " + m.seq() + ": " + seen.get(m.seq()) + " then " + m.mark()
                                + " (connection " + m.connection() + ")");
                    }
                } else {
                    if (m.seq() < max) {
                        outOfOrder++;
                    }
                    seen.put(m.seq(), m.mark());
                }
                max = Math.max(max, m.seq());
                min = Math.min(min, m.seq());
            }
            long holes = seen.isEmpty() ? 0 : (max - min + 1) - seen.size();
            return new SeqStats(all.size(), duplicates, reused, outOfOrder, holes, examples);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String percentiles(List<Long> micros, double... ps) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.join(" / ", Arrays.stream(ps).mapToObj(p -> sorted.length == 0 ? "–"
                : String.format(Locale.ROOT, "%.0f", WriteLog.percentileMillis(sorted, p))).toList());
    }

    private Path fresh(String name) throws IOException {
        Path path = dir.resolve(name);
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(path);
        return path;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double sizeMb(Path file) {
        try {
            return Files.size(file) / 1024.0 / 1024.0;
        } catch (IOException e) {
            return -1;
        }
    }

    private static long totalMemoryMb() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / 1024 / 1024;
    }

    private static long benchCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static void sleepUntil(long nanoTime) {
        LoadBenchmark.sleepUntil(nanoTime);
    }

    private synchronized void writeReport() {
        List<String> lines = new ArrayList<>();
        for (Section section : sections) {
            lines.addAll(section.intro);
            lines.addAll(section.rows);
            if (!section.notes.isEmpty()) {
                lines.add("");
                lines.addAll(section.notes);
            }
        }
        try {
            Path file = Path.of("target", "benchmarks", "cluster.md");
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            System.err.println("cannot write the report: " + e);
        }
    }
}
