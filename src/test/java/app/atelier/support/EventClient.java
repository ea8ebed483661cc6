package app.atelier.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of Atelier's JSON WebSockets: the live event API ({@code /api/boards/{id}/events}) as an integration
 * would connect, and a crowd's phone socket ({@code /crowd/{code}/socket}).
 */
public final class EventClient implements WebSocket.Listener, AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LinkedBlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final java.util.List<JsonNode> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.CountDownLatch closedByServer = new java.util.concurrent.CountDownLatch(1);
    private volatile String closeReason;
    private WebSocket socket;

    /** Connects to the board's events on the node at {@code port}; {@code query} such as {@code ?since=3}. */
    public static EventClient connect(int port, String boardId, String query, String bearer) throws Exception {
        return connect(URI.create("ws://localhost:" + port + "/api/boards/" + boardId + "/events" + query), bearer);
    }

    /** Connects to any of the node's sockets. */
    public static EventClient connect(URI uri, String bearer) throws Exception {
        EventClient client = new EventClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        try {
            client.socket = builder.buildAsync(uri, client).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new IllegalStateException("handshake refused: " + refused.getResponse().statusCode(), refused);
            }
            throw e;
        }
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode message = JSON.readTree(partial.toString());
            received.add(message);
            messages.add(message);
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeReason = statusCode + " " + reason;
        closedByServer.countDown();
        return null;
    }

    /** Whether the server closed the stream within {@code millis}. */
    public boolean closed(long millis) throws InterruptedException {
        return closedByServer.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The server's close status and reason ({@code "1008 token revoked"}), null while open. */
    public String closeReason() {
        return closeReason;
    }

    /** Every message received so far. */
    public java.util.List<JsonNode> received() {
        return received;
    }

    /** Sends one text message (a phone's JSON). */
    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next message, waiting up to 10 s. */
    public JsonNode next() throws InterruptedException {
        JsonNode message = messages.poll(10, TimeUnit.SECONDS);
        assertThat(message).as("a message within 10 s").isNotNull();
        return message;
    }

    /** The next message if one comes within {@code millis}, else null. */
    public JsonNode poll(long millis) throws InterruptedException {
        return messages.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed() && closedByServer.getCount() > 0) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
