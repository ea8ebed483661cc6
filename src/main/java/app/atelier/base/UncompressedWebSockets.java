package app.atelier.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * An upgrade without per-message deflate, for sockets held open by thousands (phones, board pages) whose messages
 * are a few hundred bytes: compressing them gains nothing, and deflate would cost each connection a zlib deflater and
 * inflater (some 300 KB of native memory, 3 GB for 10,000 connections). Browsers ask for it; Tomcat agrees to any
 * extension a request asks for, so the upgrade does not show it the request's.
 */
public final class UncompressedWebSockets extends StandardWebSocketUpgradeStrategy {
    private static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    /** The handshake handler to register such a socket with. */
    public static DefaultHandshakeHandler handshake() {
        return new DefaultHandshakeHandler(new UncompressedWebSockets());
    }

    @Override
    public void upgrade(ServerHttpRequest request, ServerHttpResponse response, String protocol,
                        List<WebSocketExtension> extensions, Principal user, WebSocketHandler handler,
                        Map<String, Object> attributes) {
        HttpServletRequest withoutExtensions = new HttpServletRequestWrapper(getHttpServletRequest(request)) {
            @Override
            public String getHeader(String name) {
                return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }
        };
        super.upgrade(new ServletServerHttpRequest(withoutExtensions), response, protocol, List.of(), user, handler,
                attributes);
    }
}
