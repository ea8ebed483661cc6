package app.atelier.board.ui;

import app.atelier.base.UncompressedWebSockets;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * {@code /canvas-feed/{ticket}}: where a board page's canvas hears the board's card changes ({@link CanvasFeeds}).
 * Same origin only; an unknown ticket (a page that is gone, or a guess) is answered 404 before any upgrade. The
 * canvas sends nothing but keep-alive pings, which are ignored.
 */
@Configuration
@EnableWebSocket
class CanvasFeedSocket extends TextWebSocketHandler implements WebSocketConfigurer {
    private static final String FEED = "atelier.canvasFeed";
    private final CanvasFeeds feeds;

    CanvasFeedSocket(CanvasFeeds feeds) {
        this.feeds = feeds;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(this, CanvasFeeds.PATH + "*").setHandshakeHandler(UncompressedWebSockets.handshake())
                .addInterceptors(new HandshakeInterceptor() {
                    @Override
                    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                                   WebSocketHandler handler, Map<String, Object> attributes) {
                        String path = request.getURI().getPath();
                        var feed = feeds.find(path.substring(path.lastIndexOf('/') + 1));
                        if (feed.isEmpty()) {
                            response.setStatusCode(HttpStatus.NOT_FOUND);
                            return false;
                        }
                        attributes.put(FEED, feed.get());
                        return true;
                    }

                    @Override
                    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                               WebSocketHandler handler, Exception exception) {
                        // nothing to do
                    }
                });
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(64); // pings
        feed(session).connect(session);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        // a keep-alive ping through proxies that close quiet connections
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        feed(session).disconnected(session);
    }

    private static CanvasFeeds.PageFeed feed(WebSocketSession session) {
        return (CanvasFeeds.PageFeed) session.getAttributes().get(FEED);
    }
}
