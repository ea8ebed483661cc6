package app.atelier.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A browser without a browser: one person's Vaadin UI on the server, driven over Vaadin's own protocol, so the server
 * does everything it does for a real page (session, UI, component tree, push connection) while the benchmark pays
 * a few KB per person instead of a Chromium tab.
 *
 * <p>How the protocol goes (Vaadin Flow 25, push over WebSocket with XHR for client-to-server messages):
 * <ol>
 *   <li>{@code GET <route>} answers the bootstrap page and the session cookie; the page's script then asks
 *   {@code GET /?v-r=init&location=<route>&...} (with the window's size and time zone) for the application's
 *   configuration: the first UIDL message and three values the client needs, {@code v-uiId}, the CSRF token
 *   {@code Vaadin-Security-Key} and the push id {@code Vaadin-Push-ID}.</li>
 *   <li>The push channel is an Atmosphere WebSocket on {@code /VAADIN/push?v-r=push&v-uiId=..&v-pushId=..}. Every
 *   message on it is {@code <length>|<payload>}; the first payload is Atmosphere's handshake
 *   ({@code <uuid>|<heartbeat>|X|}), the others are UIDL JSON messages.</li>
 *   <li>The client talks with {@code POST /?v-r=uidl&v-uiId=..}, body
 *   {@code {"csrfToken","rpc":[...],"syncId","clientId"}}: {@code syncId} is the last server message the client
 *   saw, {@code clientId} counts the client's own messages. The first RPC is the {@code ui-navigate} event that
 *   makes the server route the UI; the answer is a UIDL message as well.</li>
 *   <li>A UIDL message carries {@code syncId} (numbered across answers and pushes, so a gap is a lost message),
 *   {@code changes} to the state tree (element tags, attributes such as {@code id}, properties) and
 *   {@code execute}: JavaScript calls with their arguments, which is how the board canvas gets its cards.</li>
 *   <li>RPCs the benchmark sends: {@code event} (a DOM event such as a click), {@code mSync} (a property the
 *   browser changed, e.g. a text field's value) and {@code publishedEventHandler} (a {@code @ClientCallable}
 *   method of the canvas, e.g. {@code ready} or {@code openCard}).</li>
 * </ol>
 * Elements are found by their {@code id} attribute, which the client collects from the state tree changes.
 */
public final class VaadinClient {
    /** Receives every UIDL message of this UI (answers and pushes), with the time it arrived. */
    public interface Listener {
        void onUidl(VaadinClient client, JsonNode uidl, long receivedNanos);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Map<String, Object> CLICK = Map.of("event.shiftKey", false, "event.metaKey", false,
            "event.detail", 1, "event.ctrlKey", false, "event.clientX", 10, "event.clientY", 10, "event.altKey", false,
            "event.button", 0, "event.screenX", 10, "event.screenY", 10);

    private final HttpClient http;
    private final String base;
    private final Listener listener;
    private final String[] headers;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final List<String> setCookies = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> nodeByDomId = new ConcurrentHashMap<>();
    private final BitSet syncIds = new BitSet();
    private final StringBuilder pushBuffer = new StringBuilder();
    private final CountDownLatch pushOpen = new CountDownLatch(1);
    /**
     * One request at a time, like a browser. Push callbacks never take this lock: they run on the HTTP client's
     * few threads, which the answer to a request in flight needs too.
     */
    private final Object requestLock = new Object();

    private String csrf;
    private String pushId;
    private int uiId;
    private int clientId;
    private int promise;
    private volatile int lastSyncId = -1;
    private volatile Integer canvasNode;
    private volatile WebSocket push;
    private volatile boolean pushClosed;
    private volatile int lastPushSyncId = -1;
    private volatile int pushesOutOfOrder;

    /** {@code headers}: name, value, … sent with every request (e.g. a proxy's {@code X-Forwarded-Proto}). */
    public VaadinClient(HttpClient http, String base, Listener listener, String... headers) {
        this.http = http;
        this.base = base;
        this.listener = listener;
        this.headers = headers;
    }

    /** Opens {@code path} like a browser would: bootstrap page, push connection, then the navigation RPC. */
    public JsonNode open(String path) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + page.statusCode());
        }
        String route = path.startsWith("/") ? path.substring(1) : path;
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=&v-sh=900&v-sw=1400&v-wh=900&v-ww=1400"
                + "&v-bh=900&v-bw=1400&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-" + System.nanoTime())).GET());
        if (init.statusCode() != 200) {
            throw new IllegalStateException("init of " + path + " answered " + init.statusCode());
        }
        csrf = find(CSRF, init.body());
        pushId = find(PUSH_ID, init.body());
        uiId = Integer.parseInt(find(UI_ID, init.body()));
        clientId = 0;
        markSeen(0);
        lastSyncId = 0;
        String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=" + URLEncoder.encode("application/json; charset=UTF-8", StandardCharsets.UTF_8)
                + "&X-atmo-protocol=true";
        WebSocket.Builder socket = http.newWebSocketBuilder().header("Cookie", cookieHeader());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            socket.header(headers[i], headers[i + 1]);
        }
        push = socket.connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/VAADIN/push?" + query), new PushListener())
                .get(60, TimeUnit.SECONDS);
        if (!pushOpen.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no push handshake");
        }
        ObjectNode navigate = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data").put("route", "/" + route).put("query", "").put("appShellTitle", "Atelier")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        return rpc(navigate);
    }

    /** Sends RPCs in one request and returns the server's answer (already applied to what this client knows). */
    public JsonNode rpc(ObjectNode... invocations) throws Exception {
        synchronized (requestLock) {
            return request(invocations);
        }
    }

    private JsonNode request(ObjectNode... invocations) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrf).put("syncId", lastSyncId)
                .put("clientId", clientId);
        ArrayNode rpcs = body.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpcs.add(invocation);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL request answered " + response.statusCode());
        }
        String text = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
        JsonNode uidl = JSON.readTree(text);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        if (uidl.has("meta") && (uidl.get("meta").has("sessionExpired") || uidl.get("meta").has("appError"))) {
            throw new IllegalStateException("server says: " + uidl.get("meta"));
        }
        clientId = uidl.path("clientId").asInt(clientId + 1);
        handle(uidl, System.nanoTime());
        return uidl;
    }

    /** Clicks the element with this id. */
    public ObjectNode click(String domId) {
        ObjectNode click = event(domId, "click");
        click.set("data", JSON.valueToTree(CLICK));
        return click;
    }

    /** Types into a text field: the value, then the change event that makes the field report it. */
    public ObjectNode[] type(String domId, String value) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node(domId)).put("feature", 1)
                .put("property", "value").put("value", value);
        return new ObjectNode[] {sync, event(domId, "change")};
    }

    /** Calls a {@code @ClientCallable} method of the board canvas. */
    public ObjectNode canvasCall(String method, Object... args) {
        ObjectNode call = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", canvasNode())
                .put("templateEventMethodName", method).put("promise", promise++);
        ArrayNode arguments = call.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            arguments.add(JSON.valueToTree(arg));
        }
        return call;
    }

    public boolean hasCanvas() {
        return canvasNode != null;
    }

    /** Drops element ids from a closed dialog, so a dialog that fails to open is noticed. */
    public void forget(String... domIds) {
        for (String id : domIds) {
            nodeByDomId.remove(id);
        }
    }

    public boolean has(String domId) {
        return nodeByDomId.containsKey(domId);
    }

    /** Keeps the UI alive past Vaadin's heartbeat timeout in long runs. */
    public void heartbeat() throws Exception {
        send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Server messages this client never got: holes in the syncId sequence up to the last one seen. */
    public int missingMessages() {
        synchronized (syncIds) {
            int last = syncIds.length() - 1;
            return last < 0 ? 0 : last + 1 - syncIds.cardinality();
        }
    }

    public boolean pushClosed() {
        return pushClosed;
    }

    /** Leaves the page like a closing tab: Vaadin's unload beacon closes the UI on the server at once. */
    public void leave() {
        synchronized (requestLock) {
            unload();
        }
        close();
    }

    private void unload() {
        try {
            ObjectNode body = JSON.createObjectNode().put("csrfToken", csrf).put("syncId", lastSyncId)
                    .put("clientId", clientId).put("UNLOAD", true);
            body.putArray("rpc");
            send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (Exception e) {
            System.err.println("unload failed: " + e);
        }
    }

    public void close() {
        WebSocket socket = push;
        if (socket != null) {
            socket.abort();
        }
    }

    private ObjectNode event(String domId, String name) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node(domId)).put("event", name);
        event.putObject("data");
        return event;
    }

    private int node(String domId) {
        Integer node = nodeByDomId.get(domId);
        if (node == null) {
            throw new IllegalStateException("no element #" + domId + " on the page");
        }
        return node;
    }

    private int canvasNode() {
        if (canvasNode == null) {
            throw new IllegalStateException("no board canvas on the page");
        }
        return canvasNode;
    }

    private void handle(JsonNode uidl, long receivedNanos) {
        if (uidl.has("syncId")) {
            int syncId = uidl.get("syncId").asInt();
            markSeen(syncId);
            lastSyncId = Math.max(lastSyncId, syncId);
        }
        for (JsonNode change : uidl.path("changes")) {
            if (!"put".equals(change.path("type").asString()) || !change.has("value")) {
                continue;
            }
            int feature = change.path("feat").asInt();
            String key = change.path("key").asString();
            if (feature == 3 && "id".equals(key)) {
                nodeByDomId.put(change.get("value").asString(), change.get("node").asInt());
            } else if (feature == 0 && "tag".equals(key) && "atelier-board".equals(change.get("value").asString())) {
                canvasNode = change.get("node").asInt();
            }
        }
        listener.onUidl(this, uidl, receivedNanos);
    }

    private void markSeen(int syncId) {
        synchronized (syncIds) {
            syncIds.set(syncId);
        }
    }

    /** One push payload: Atmosphere's handshake and heartbeats are not JSON and are skipped. */
    private void onPushMessage(String payload, long receivedNanos) {
        if (payload.startsWith("{") || payload.startsWith("[")) {
            JsonNode uidl = JSON.readTree(payload);
            uidl = uidl.isArray() ? uidl.get(0) : uidl;
            int syncId = uidl.path("syncId").asInt(-1);
            if (syncId >= 0 && syncId < lastPushSyncId) {
                pushesOutOfOrder++; // Vaadin's client would hold it until the ones before it arrive
            }
            lastPushSyncId = Math.max(lastPushSyncId, syncId);
            handle(uidl, receivedNanos);
        } else {
            pushOpen.countDown();
        }
    }

    /** Push messages that arrived after a later one (a browser reorders them by syncId). */
    public int pushesOutOfOrder() {
        return pushesOutOfOrder;
    }

    /** Every {@code Set-Cookie} header the server sent, with its attributes. */
    public List<String> setCookies() {
        return setCookies;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            setCookies.add(setCookie);
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("bootstrap page without " + pattern);
        }
        return matcher.group(1);
    }

    /** Splits the Atmosphere stream ({@code <length>|<payload>}, possibly spread over frames) into payloads. */
    private final class PushListener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            List<String> payloads = new java.util.ArrayList<>();
            synchronized (pushBuffer) {
                pushBuffer.append(data);
                while (true) {
                    int bar = pushBuffer.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length = Integer.parseInt(pushBuffer.substring(0, bar).trim());
                    if (pushBuffer.length() < bar + 1 + length) {
                        break;
                    }
                    payloads.add(pushBuffer.substring(bar + 1, bar + 1 + length));
                    pushBuffer.delete(0, bar + 1 + length);
                }
            }
            try {
                payloads.forEach(p -> onPushMessage(p, now));
            } catch (RuntimeException e) {
                System.err.println("push message failed: " + e);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            pushClosed = true;
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            pushClosed = true;
        }
    }

}
