package app.atelier.bench;

import app.atelier.support.EventClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crowd benchmark: phones speak the phone page's real protocol ({@code /crowd/{code}/socket}: hello, welcome,
 * step, mine, idea, ack) from this JVM, on the same cores as the server. Scenarios: a join storm (2,000 phones
 * arriving within 20 s, each ready when it has its step and its ideas), then up to 10,000 phones connected (heap
 * per phone after GC), a facilitator's step changes reaching every phone, and ideas at 200 a second from random
 * phones, from "send" to the acknowledgement and to the card's event on the board (what the wall and the
 * facilitators' boards follow), counting lost and duplicated ones.
 * <p>Arguments: base URL, the facilitator's e-mail and password, the server's pid. Options: {@code bench.phones}
 * (10000), {@code bench.storm} (2000), {@code bench.stormSeconds} (20), {@code bench.ideasPerSecond} (200),
 * {@code bench.ideaSeconds} (30), {@code bench.steps} (10).
 */
public final class CrowdBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final ServerProcess server;
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
    private final List<String> notes = new ArrayList<>();

    private CrowdBenchmark(String base, long serverPid) {
        this.base = base;
        this.server = new ServerProcess(serverPid);
    }

    public static void main(String[] args) throws Exception {
        CrowdBenchmark bench = new CrowdBenchmark(args[0], Long.parseLong(args[3]));
        try {
            bench.run(new BenchApi(args[0], args[1], args[2]));
        } finally {
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.write(Path.of("target/benchmarks/crowd.md"), bench.notes);
            System.exit(0); // the phones' sockets are left for the server to close
        }
    }

    /** One phone: its socket, what it heard, when it was ready, and its pending ideas by nonce. */
    private final class Phone implements WebSocket.Listener {
        final int n;
        final long arrivedAt = System.nanoTime();
        final CountDownLatch ready = new CountDownLatch(3); // welcome, step, mine
        final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        volatile long readyAt;
        volatile WebSocket socket;
        private final StringBuilder partial = new StringBuilder();
        Recorder steps;
        Recorder acks;

        Phone(int n) {
            this.n = n;
        }

        CompletableFuture<WebSocket> connect(String code) {
            return http.newWebSocketBuilder().buildAsync(URI.create(base.replace("http", "ws") + "/crowd/" + code
                    + "/socket"), this).thenApply(ws -> {
                        socket = ws;
                        ws.sendText("{\"type\":\"hello\",\"name\":\"Tel " + n + "\",\"lang\":\"fr\"}", true);
                        return ws;
                    });
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode m = JSON.readTree(partial.toString());
                partial.setLength(0);
                String type = m.path("type").asString("");
                long now = System.nanoTime();
                switch (type) {
                    case "welcome", "mine" -> ready.countDown();
                    case "step" -> {
                        if (ready.getCount() > 0) {
                            ready.countDown();
                        } else if (steps != null) {
                            steps.arrived(now);
                        }
                    }
                    case "ack" -> {
                        Long sent = sentAt.remove(m.path("nonce").asString());
                        if (sent != null && acks != null) {
                            acks.add(now - sent);
                        }
                    }
                    case "error" -> errors.incrementAndGet();
                    default -> {
                    }
                }
                if (ready.getCount() == 0 && readyAt == 0) {
                    readyAt = now;
                }
            }
            webSocket.request(1);
            return null;
        }

        void idea(String nonce, String text) {
            sentAt.put(nonce, System.nanoTime());
            socket.sendText("{\"type\":\"idea\",\"nonce\":\"" + nonce + "\",\"text\":\"" + text + "\"}", true);
        }
    }

    private final AtomicInteger errors = new AtomicInteger();

    /** Latencies of one kind, in nanoseconds. */
    private static final class Recorder {
        final ConcurrentLinkedQueue<Long> values = new ConcurrentLinkedQueue<>();
        volatile long since;

        void add(long nanos) {
            values.add(nanos);
        }

        void arrived(long now) {
            values.add(now - since);
        }

        String summary() {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format(Locale.ROOT, "p50 %d ms, p95 %d ms, max %d ms (%d)", pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 100), sorted.length);
        }

        static long pct(long[] sorted, int p) {
            return sorted.length == 0 ? -1
                    : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1_000_000;
        }
    }

    private void run(BenchApi api) throws Exception {
        int phones = Integer.getInteger("bench.phones", 10_000);
        int storm = Integer.getInteger("bench.storm", 2_000);
        int stormSeconds = Integer.getInteger("bench.stormSeconds", 20);
        String board = api.board("Soirée citoyenne", "brand-promise");
        String code = api.crowd(board, Map.of("on", true, "step", "write", "zone", "promise", "maxChars", 280,
                "moderated", false));
        long heapBefore = server.heapUsedKb();

        // the join storm: arrivals spread evenly over the window
        List<Phone> crowd = new ArrayList<>();
        long cpuBefore = server.cpuMillis();
        long start = System.nanoTime();
        for (int i = 0; i < storm; i++) {
            long due = start + (long) i * stormSeconds * 1_000_000_000L / storm;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Phone phone = new Phone(i);
            crowd.add(phone);
            phone.connect(code);
        }
        int failed = 0;
        long[] ready = new long[storm];
        for (int i = 0; i < storm; i++) {
            Phone phone = crowd.get(i);
            if (!phone.ready.await(60, TimeUnit.SECONDS)) {
                failed++;
                ready[i] = Long.MAX_VALUE;
            } else {
                ready[i] = phone.readyAt - phone.arrivedAt;
            }
        }
        Arrays.sort(ready);
        long stormCpu = server.cpuMillis() - cpuBefore;
        note(String.format(Locale.ROOT, "crowd join storm: %d phones arriving over %d s; ready (welcome, step and "
                        + "its ideas) after p50 %d ms, p95 %d ms, max %d ms; %d not ready within 60 s; server CPU "
                        + "%.2f ms per join", storm, stormSeconds, Recorder.pct(ready, 50), Recorder.pct(ready, 95),
                Recorder.pct(ready, 100), failed, stormCpu / (double) storm));

        // the rest of the crowd (the server warm now: its CPU per join without the first joins' compilation), then
        // the heap per phone
        long cpuRest = server.cpuMillis();
        for (int i = storm; i < phones; i += 200) {
            List<CompletableFuture<WebSocket>> wave = new ArrayList<>();
            for (int j = i; j < Math.min(phones, i + 200); j++) {
                Phone phone = new Phone(j);
                crowd.add(phone);
                wave.add(phone.connect(code));
            }
            CompletableFuture.allOf(wave.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        }
        int notReady = 0;
        for (Phone phone : crowd) {
            if (!phone.ready.await(60, TimeUnit.SECONDS)) {
                notReady++;
            }
        }
        if (phones > storm) {
            note(String.format(Locale.ROOT, "crowd: %d more phones in waves of 200, the server warm: server CPU %.2f ms "
                    + "per join", phones - storm, (server.cpuMillis() - cpuRest) / (double) (phones - storm)));
        }
        Thread.sleep(3_000);
        long heapAfter = server.heapUsedKb();
        note(String.format(Locale.ROOT, "crowd: %d phones connected to one board (%d not ready); server heap per "
                        + "phone (after GC): %.1f KB (heap %d MB -> %d MB)", crowd.size(), notReady,
                (heapAfter - heapBefore) / (double) crowd.size(), heapBefore / 1024, heapAfter / 1024));

        // the facilitator's step changes reaching every phone
        Recorder steps = new Recorder();
        crowd.forEach(p -> p.steps = steps);
        int changes = Integer.getInteger("bench.steps", 10);
        for (int i = 0; i < changes; i++) {
            steps.since = System.nanoTime();
            api.crowd(board, Map.of("step", i % 2 == 0 ? "wait" : "write"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (steps.values.size() < (long) (i + 1) * crowd.size() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(500);
        }
        if (changes % 2 == 1) {
            api.crowd(board, Map.of("step", "write"));
        }
        crowd.forEach(p -> p.steps = null);
        note("crowd: a step change reaching " + crowd.size() + " phones (" + changes + " changes): "
                + steps.summary() + "; " + (changes * (long) crowd.size() - steps.values.size()) + " not received");

        // ideas at a steady rate from random phones: acknowledged, and on the board (the event its viewers follow)
        int perSecond = Integer.getInteger("bench.ideasPerSecond", 200);
        int seconds = Integer.getInteger("bench.ideaSeconds", 30);
        Recorder acks = new Recorder();
        Recorder onBoard = new Recorder();
        Map<String, Long> sentText = new ConcurrentHashMap<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicated = new AtomicInteger();
        crowd.forEach(p -> p.acks = acks);
        try (EventClient board0 = EventClient.connect(URI.create(base.replace("http", "ws") + "/api/boards/" + board
                + "/events"), api.token())) {
            Thread watcher = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        JsonNode m = board0.poll(60_000);
                        if (m == null) {
                            return;
                        }
                        if ("card".equals(m.path("type").asString())) {
                            String text = m.at("/card/text").asString();
                            Long sent = sentText.get(text);
                            if (sent != null) {
                                if (seen.add(text)) {
                                    onBoard.add(System.nanoTime() - sent);
                                } else {
                                    duplicated.incrementAndGet();
                                }
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            long cpuIdeas = server.cpuMillis();
            long begin = System.nanoTime();
            int total = perSecond * seconds;
            for (int i = 0; i < total; i++) {
                long due = begin + (long) i * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Phone phone = crowd.get(ThreadLocalRandom.current().nextInt(crowd.size()));
                String text = "Idée " + i + " de la foule";
                sentText.put(text, System.nanoTime());
                phone.idea("b" + i, text);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seen.size() < total && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            double cores = (server.cpuMillis() - cpuIdeas) / 1000.0 / ((System.nanoTime() - begin) / 1e9);
            // a refused idea (a phone over its limit) was answered with an error, so it is not lost
            note(String.format(Locale.ROOT, "crowd: %d ideas at %d/s from random phones of %d: send -> ack %s; "
                            + "send -> on the board (its card event) %s; %d lost, %d duplicated, %d refused; server "
                            + "%.2f cores", total, perSecond, crowd.size(), acks.summary(), onBoard.summary(),
                    total - seen.size() - errors.get(), duplicated.get(), errors.get(), cores));
            watcher.interrupt();
        }
    }

    private void note(String line) {
        System.out.println(line);
        notes.add(line);
    }

}
