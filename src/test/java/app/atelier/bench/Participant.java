package app.atelier.bench;

import app.atelier.support.VaadinClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person on a board, as the benchmark sees them: a {@link VaadinClient} whose board canvas receives the
 * cards, and what arrived: every benchmark write it saw (to count missed and out-of-order updates) and the latency
 * from the write to the push that carried it.
 */
final class Participant implements VaadinClient.Listener {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern MARK = Pattern.compile("bench-w(\\d+)-n(\\d+)");

    final int board;
    final VaadinClient client;
    private final WriteLog writes;
    private final Map<Integer, BitSet> seen = new HashMap<>();
    private final Map<Integer, Integer> lastSeen = new HashMap<>();
    private final CountDownLatch boardArrived = new CountDownLatch(1);
    private volatile int cardsShown = -1;
    private volatile long boardShownAt;
    private int outOfOrder;
    private int duplicates;
    /** For a writer: the card it wrote last, which its next edit changes. */
    volatile String ownCard;
    int writer = -1;

    private final HttpClient http;
    private final String base;
    private volatile String feedPath;
    private final CountDownLatch feedOpen = new CountDownLatch(1);
    private volatile WebSocket feed;

    Participant(HttpClient http, String base, int board, WriteLog writes) {
        this.board = board;
        this.writes = writes;
        this.http = http;
        this.base = base;
        this.client = new VaadinClient(http, base, this);
    }

    /**
     * Follows an invite link and joins as a guest, like a person typing their name, then lets the canvas ask for
     * the board. Returns when the board's cards have arrived.
     */
    void join(String invitePath, String name) throws Exception {
        client.open(invitePath);
        client.rpc(concat(client.type("guest-name", name), client.click("guest-join")));
        if (!client.hasCanvas()) {
            throw new IllegalStateException("joining did not open the board");
        }
        client.rpc(client.canvasCall("ready"));
        if (!boardArrived.await(60, TimeUnit.SECONDS)) { // the board comes by push
            throw new IllegalStateException("the board did not arrive");
        }
        followFeed();
    }

    /** Connects the canvas' card feed, as the page's script does, and waits for its hello. */
    private void followFeed() throws Exception {
        if (feedPath == null) {
            throw new IllegalStateException("the page named no card feed");
        }
        feed = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + feedPath), new FeedListener())
                .get(60, TimeUnit.SECONDS);
        if (!feedOpen.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the card feed did not say hello");
        }
    }

    void close() {
        closeFeed();
        client.close();
    }

    /** Leaves the page like a closing tab (the page's script closes its feed too). */
    void leave() {
        closeFeed();
        client.leave();
    }

    private void closeFeed() {
        WebSocket socket = feed;
        if (socket != null) {
            socket.abort();
        }
    }

    /** The feed's messages, each a whole JSON text (they are small). */
    private final class FeedListener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                JsonNode message = JSON.readTree(partial.toString());
                partial.setLength(0);
                switch (message.path("type").asString()) {
                    case "hello" -> feedOpen.countDown();
                    case "card" -> received(message.get("card"), now);
                    default -> {
                        // removals: the benchmark removes nothing
                    }
                }
            }
            socket.request(1);
            return null;
        }
    }

    /** Adds a card, or edits the one it added last, through the card editor as a person would. */
    void write(int n, String zone) throws Exception {
        client.forget("card-text", "card-save");
        if (ownCard == null || n % 2 == 1) {
            client.rpc(client.canvasCall("requestNewCard", zone));
        } else {
            client.rpc(client.canvasCall("openCard", ownCard));
        }
        String mark = "bench-w" + writer + "-n" + n;
        writes.sent(mark, board);
        long start = System.nanoTime();
        client.rpc(concat(client.type("card-text", "Idée " + mark + " : un client qui revient"),
                client.click("card-save")));
        writes.answered(System.nanoTime() - start);
    }

    @Override
    public void onUidl(VaadinClient source, JsonNode uidl, long receivedNanos) {
        for (JsonNode call : uidl.path("execute")) {
            String script = call.get(call.size() - 1).asString();
            if (script.contains("followFeed")) {
                feedPath = call.get(1).asString();
            } else if (script.contains("setBoard")) {
                cardsShown = call.get(2).size();
                boardShownAt = receivedNanos;
                boardArrived.countDown();
            } else if (script.contains("upsertCard")) {
                received(call.get(1), receivedNanos);
            }
        }
    }

    private void received(JsonNode card, long receivedNanos) {
        Matcher mark = MARK.matcher(card.path("text").asString());
        if (!mark.find()) {
            return;
        }
        int from = Integer.parseInt(mark.group(1));
        int n = Integer.parseInt(mark.group(2));
        if (from == writer) {
            ownCard = card.get("id").asString();
        }
        synchronized (this) {
            BitSet got = seen.computeIfAbsent(from, k -> new BitSet());
            int last = lastSeen.getOrDefault(from, 0);
            if (got.get(n)) {
                duplicates++;
                return;
            }
            if (n < last) {
                outOfOrder++;
            }
            got.set(n);
            lastSeen.put(from, Math.max(last, n));
        }
        writes.delivered(mark.group(), receivedNanos, from == writer);
    }

    int cardsShown() {
        return cardsShown;
    }

    long boardShownAt() {
        return boardShownAt;
    }

    synchronized boolean saw(int writer, int n) {
        BitSet got = seen.get(writer);
        return got != null && got.get(n);
    }

    synchronized int outOfOrder() {
        return outOfOrder;
    }

    synchronized int duplicates() {
        return duplicates;
    }

    private static ObjectNode[] concat(ObjectNode[] first, ObjectNode last) {
        ObjectNode[] all = java.util.Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }
}
