package app.atelier.crowd.api;

import app.atelier.crowd.CrowdService;
import com.vaadin.flow.i18n.I18NProvider;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import tools.jackson.databind.ObjectMapper;

/** The phones' socket, {@code /crowd/{code}/socket}: open to anyone (the code is checked on hello), same origin. */
@Configuration
@EnableWebSocket
class PhoneConfiguration implements WebSocketConfigurer {
    private static final String EXTENSIONS = "Sec-WebSocket-Extensions";
    private final PhoneSocket socket;

    PhoneConfiguration(CrowdService crowd, PhoneRooms rooms, ObjectMapper json, I18NProvider i18n,
                       MeterRegistry metrics) {
        this.socket = new PhoneSocket(crowd, rooms, json, i18n, metrics);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(socket, "/crowd/*/socket").setHandshakeHandler(new DefaultHandshakeHandler(new Uncompressed())).addInterceptors(new HandshakeInterceptor() {
            @Override
            public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                           WebSocketHandler handler, Map<String, Object> attributes) {
                String[] parts = request.getURI().getPath().split("/");
                attributes.put(PhoneSocket.CODE, parts.length > 2 ? parts[2] : "");
                attributes.put(PhoneSocket.ADDRESS, request.getRemoteAddress() == null ? "?"
                        : request.getRemoteAddress().getAddress().getHostAddress());
                return true;
            }

            @Override
            public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                       Exception exception) {
                // nothing to do
            }
        });
    }

    /**
     * A phone's messages are a few hundred bytes: compressing them gains nothing, and per-message deflate would cost
     * each connection a zlib deflater and inflater (some 300 KB of native memory, 3 GB for 10,000 phones). Browsers ask
     * for it; Tomcat agrees to any extension a request asks for, so the phones' upgrade does not show it the request.
     */
    private static final class Uncompressed extends StandardWebSocketUpgradeStrategy {
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
}
