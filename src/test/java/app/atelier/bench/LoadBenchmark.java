package app.atelier.bench;

import app.atelier.support.VaadinClient;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Scenarios 1, 2 and 4 of the benchmark, plus the join storm and the ceiling search, against a running Atelier
 * (started by bench/run.sh). Every participant is a real Vaadin UI on the server kept up to date through push over
 * its own connection ({@link VaadinClient}); a few real Chromium pages measure what a person sees.
 *
 * <p>Arguments: base URL, admin e-mail, admin password, server process id. System properties (all optional):
 * {@code bench.people} (1000), {@code bench.writers} (20), {@code bench.seconds} (60), {@code bench.ceiling}
 * (comma-separated crowd sizes, "250,500,1000,1500,2000,3000"), {@code bench.ceilingSeconds} (30), {@code bench.boards}
 * (100), {@code bench.perBoard} (10),
 * {@code bench.browsers} (3), {@code bench.only} (a comma-separated subset of storm,one,ceiling,many),
 * {@code bench.jfr} (a file: the server records scenario 1 with JFR's profile settings).
 */
public final class LoadBenchmark {
    private static final Duration PERIOD = Duration.ofSeconds(2);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final String ZONE = "audience";

    private final BenchApi api;
    private final ServerProcess server;
    private final HttpClient http;
    private final String base;
    private final WriteLog log = new WriteLog();
    private final AtomicInteger writerIds = new AtomicInteger();
    private final AtomicInteger guestIds = new AtomicInteger();
    private final List<String> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private LoadBenchmark(String base, BenchApi api, long serverPid) {
        this.base = base;
        this.api = api;
        this.server = new ServerProcess(serverPid);
        ExecutorService io = Executors.newFixedThreadPool(4);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    public static void main(String[] args) throws Exception {
        LoadBenchmark bench = new LoadBenchmark(args[0], new BenchApi(args[0], args[1], args[2]),
                Long.parseLong(args[3]));
        Set<String> only = Set.of(System.getProperty("bench.only", "storm,one,ceiling,many").split(","));
        bench.run(only);
        System.exit(0);
    }

    private void run(Set<String> only) throws Exception {
        table.add("| scenario | people | writes measured | latency p50 / p95 / p99 / max (ms) | missed | out of order "
                + "| server CPU (cores) | bench client CPU (cores) | load avg |");
        table.add("|---|---|---|---|---|---|---|---|---|");
        int people = Integer.getInteger("bench.people", 1000);
        String board = api.board("Soirée citoyenne", "brand-promise");
        api.cards(board, 200);
        String invite = api.invite(board);
        List<Participant> crowd = Collections.synchronizedList(new ArrayList<>());
        if (only.contains("storm") || only.contains("one")) {
            long heapBefore = server.heapUsedKb();
            long cpuBefore = server.cpuMillis();
            joinStorm(crowd, invite, people, Duration.ofSeconds(10), 200, "join storm");
            notes.add(String.format(Locale.ROOT, "join storm: server CPU %.1f ms per person joining",
                    (server.cpuMillis() - cpuBefore) / (double) people));
            Thread.sleep(25_000); // steady state: idle request connections close after the 20 s keep-alive
            long heapAfter = server.heapUsedKb();
            notes.add(String.format(Locale.ROOT, "server heap per participant (200-card board, %d people, after GC): "
                    + "%.1f KB (heap %d MB -> %d MB)", crowd.size(), (heapAfter - heapBefore) / (double) crowd.size(),
                    heapBefore / 1024, heapAfter / 1024));
        }
        if (only.contains("one")) {
            int writers = Integer.getInteger("bench.writers", 20);
            try (BrowserWitness witness = BrowserWitness.open(base, invite, Integer.getInteger("bench.browsers", 3),
                    200)) {
                String jfr = System.getProperty("bench.jfr");
                if (jfr != null) { // a profile of the scenario alone, e.g. -Dbench.jfr=/tmp/one.jfr
                    System.out.println(server.jcmd("JFR.start settings=profile filename=" + jfr + " duration="
                            + Integer.getInteger("bench.seconds", 60) + "s").strip());
                }
                Result one = runWrites("1. one big board", crowd, crowd.subList(0, writers),
                        Duration.ofSeconds(Integer.getInteger("bench.seconds", 60)));
                table.add(one.row());
                notes.add(witness.report(log));
            }
        }
        leave(crowd);
        if (only.contains("ceiling")) {
            ceiling();
        }
        if (only.contains("many")) {
            many(Integer.getInteger("bench.boards", 100), Integer.getInteger("bench.perBoard", 10));
        }
        List<String> out = new ArrayList<>(table);
        out.add("");
        out.addAll(notes);
        out.forEach(System.out::println);
        Path file = Path.of("target", "benchmarks", "load.md");
        Files.createDirectories(file.getParent());
        Files.write(file, out);
    }

    /**
     * The ceiling: more and more people on one 200-card board under the same write load (20 writers, one write every
     * 2 s each) until p95 crosses 150 ms or an update goes missing.
     */
    private void ceiling() throws Exception {
        String board = api.board("Plafond", "brand-promise");
        api.cards(board, 200);
        String invite = api.invite(board);
        List<Participant> crowd = Collections.synchronizedList(new ArrayList<>());
        for (String level : System.getProperty("bench.ceiling", "250,500,1000,1500,2000,3000").split(",")) {
            int size = Integer.parseInt(level.trim());
            joinStorm(crowd, invite, size - crowd.size(), Duration.ofSeconds(20), 200, null);
            Result step = runWrites("ceiling", crowd, crowd.subList(0, Math.min(20, crowd.size())),
                    Duration.ofSeconds(Integer.getInteger("bench.ceilingSeconds", 30)));
            table.add(step.row());
            if (step.p95() > 150 || step.missed() > 0) {
                notes.add("ceiling: p95 crossed 150 ms (or updates went missing) at " + crowd.size() + " people");
                break;
            }
        }
        leave(crowd);
    }

    /** Scenario 2: many small workshops, each with its own writers. */
    private void many(int boards, int perBoard) throws Exception {
        List<Participant> everyone = Collections.synchronizedList(new ArrayList<>());
        List<Participant> writers = new ArrayList<>();
        for (int b = 0; b < boards; b++) {
            String board = api.board("Atelier " + b, "brand-promise");
            api.cards(board, 20);
            List<Participant> group = Collections.synchronizedList(new ArrayList<>());
            joinStorm(group, api.invite(board), perBoard, Duration.ofMillis(200), 20, null, b);
            writers.addAll(group.subList(0, 2));
            everyone.addAll(group);
        }
        table.add(runWrites("2. " + boards + " boards × " + perBoard, everyone, writers,
                Duration.ofSeconds(Integer.getInteger("bench.seconds", 60))).row());
        leave(everyone);
    }

    private void joinStorm(List<Participant> into, String invite, int count, Duration spread, int cards,
                           String label) throws Exception {
        joinStorm(into, invite, count, spread, cards, label, 0);
    }

    /**
     * {@code count} people follow the invite link, spread evenly over {@code spread}; each types a name, joins and
     * gets the board. Reports when the last of them had every card.
     */
    private void joinStorm(List<Participant> into, String invite, int count, Duration spread, int cards,
                           String label, int board) throws Exception {
        long start = System.nanoTime();
        long[] joinMillis = new long[count];
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        List<Participant> joined = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                long due = start + spread.toNanos() * i / Math.max(1, count);
                threads.submit(() -> {
                    sleepUntil(due);
                    for (int attempt = 1; attempt <= 2; attempt++) { // a browser retries a failed connection too
                        Participant person = new Participant(http, base, board, log);
                        try {
                            person.join(invite, "Invité " + guestIds.incrementAndGet());
                            if (person.cardsShown() < cards) { // the board may have grown since
                                throw new IllegalStateException("saw " + person.cardsShown() + " cards");
                            }
                            joinMillis[index] = (person.boardShownAt() - due) / 1_000_000;
                            joined.add(person);
                            return null;
                        } catch (Exception e) {
                            joinMillis[index] = -1;
                            person.close();
                            if (attempt == 1) {
                                retries.incrementAndGet();
                            } else if (failures.incrementAndGet() <= 3) {
                                System.err.println("join failed: " + e);
                            }
                        }
                    }
                    return null;
                });
            }
        }
        long lastMillis = joined.stream().mapToLong(p -> (p.boardShownAt() - start) / 1_000_000).max().orElse(-1);
        into.addAll(joined);
        if (label != null) {
            long[] sorted = java.util.Arrays.stream(joinMillis).filter(v -> v >= 0).sorted().toArray();
            notes.add(String.format(Locale.ROOT, "%s: %d people arriving over %d s; %d retried once, %d failed; "
                            + "the last one had every card %.1f s after the first arrived; per person link-to-all-cards "
                            + "p50 %d ms, p95 %d ms, max %d ms", label, count, spread.toSeconds(), retries.get(), failures.get(),
                    lastMillis / 1000.0, WriteLog.percentile(sorted, 50),
                    WriteLog.percentile(sorted, 95), WriteLog.percentile(sorted, 100)));
            System.out.println(notes.getLast());
        }
    }

    /**
     * The write load: every writer adds or edits a card every 2 s (staggered), through the card editor. After a
     * warm-up, writes are measured; then the deliveries are counted at every participant.
     */
    private Result runWrites(String name, List<Participant> people, List<Participant> writers, Duration measure)
            throws Exception {
        log.clear();
        for (Participant writer : writers) {
            writer.writer = writerIds.incrementAndGet(); // fresh ids keep every run's marks unique
        }
        int outOfOrderBefore = people.stream().mapToInt(Participant::outOfOrder).sum();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + WARM_UP.toNanos() + measure.toNanos();
        long[] cpu = new long[2];
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < writers.size(); i++) {
                Participant writer = writers.get(i);
                long offset = PERIOD.toNanos() * i / writers.size();
                threads.submit(() -> {
                    int n = 0;
                    for (long due = start + offset; due < end; due += PERIOD.toNanos()) {
                        sleepUntil(due);
                        try {
                            writer.write(++n, ZONE);
                        } catch (Exception e) {
                            if (failures.incrementAndGet() <= 3) {
                                System.err.println("write failed: " + e);
                            }
                        }
                    }
                    return null;
                });
            }
            sleepUntil(start + WARM_UP.toNanos());
            log.measureFromNow();
            cpu[0] = server.cpuMillis();
            cpu[1] = clientCpuMillis();
            sleepUntil(end);
            log.stopMeasuring();
            cpu[0] = server.cpuMillis() - cpu[0];
            cpu[1] = clientCpuMillis() - cpu[1];
        }
        long serverCpu = cpu[0];
        long clientCpu = cpu[1];
        double load = loadAverage();
        Thread.sleep(3_000); // let the last pushes arrive
        Set<String> saved = log.confirmedWrites();
        long expected = 0;
        long missed = 0;
        Map<Integer, List<Participant>> byBoard = people.stream().collect(Collectors.groupingBy(p -> p.board));
        for (String mark : saved) {
            Matcher m = Participant.MARK.matcher(mark);
            m.find();
            int writer = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            int board = log.write(mark).board();
            List<Participant> onBoard = byBoard.getOrDefault(board, List.of());
            expected += onBoard.size();
            missed += onBoard.stream().filter(p -> !p.saw(writer, n)).count();
        }
        int outOfOrder = people.stream().mapToInt(Participant::outOfOrder).sum() - outOfOrderBefore;
        long lostMessages = people.stream().mapToInt(p -> p.client.missingMessages()).sum();
        long reorderedPushes = people.stream().mapToInt(p -> p.client.pushesOutOfOrder()).sum();
        long closed = people.stream().filter(p -> p.client.pushClosed()).count();
        long unsaved = log.measuredWrites() - saved.size();
        long[] latencies = log.latencies();
        double seconds = measure.toMillis() / 1000.0;
        Result result = new Result(name, people.size(), saved.size(), latencies, missed, outOfOrder,
                serverCpu / 1000.0 / seconds, clientCpu / 1000.0 / seconds, load);
        System.out.println(result.row());
        notes.add(String.format("%s with %d people: %d writes failed, %d writes not confirmed, %d UIDL messages "
                + "lost, %d push messages overtaken by a later one, %d push connections closed", name, people.size(),
                failures.get(), unsaved, lostMessages, reorderedPushes, closed));
        long[] answers = log.answers();
        notes.add(String.format(Locale.ROOT, "%s with %d people: %d deliveries expected, %d arrived; the writer's "
                        + "save answered after p50 %.0f ms, p95 %.0f ms (the server saves and tells every page first)",
                name, people.size(), expected, latencies.length, WriteLog.percentileMillis(answers, 50),
                WriteLog.percentileMillis(answers, 95)));
        return result;
    }

    private void leave(List<Participant> people) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            for (Participant p : List.copyOf(people)) {
                threads.submit(p::leave);
            }
        }
        people.clear();
    }

    record Result(String name, int people, int writes, long[] latencies, long missed, int outOfOrder,
                  double serverCores, double clientCores, double load) {
        double p95() {
            return WriteLog.percentileMillis(latencies, 95);
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.0f / %.0f / %.0f / %.0f | %d | %d | %.2f | %.2f | "
                            + "%.2f |", name, people, writes, WriteLog.percentileMillis(latencies, 50), p95(),
                    WriteLog.percentileMillis(latencies, 99), WriteLog.percentileMillis(latencies, 100), missed,
                    outOfOrder, serverCores, clientCores, load);
        }
    }

    private static long clientCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static double loadAverage() throws Exception {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
