package app.atelier.crowd.api;

import app.atelier.base.UncompressedWebSockets;
import app.atelier.crowd.CrowdService;
import com.vaadin.flow.i18n.I18NProvider;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.ObjectMapper;

/** The phones' socket, {@code /crowd/{code}/socket}: open to anyone (the code is checked on hello), same origin. */
@Configuration
@EnableWebSocket
class PhoneConfiguration implements WebSocketConfigurer {
    private final PhoneSocket socket;

    PhoneConfiguration(CrowdService crowd, PhoneRooms rooms, ObjectMapper json, I18NProvider i18n,
                       MeterRegistry metrics) {
        this.socket = new PhoneSocket(crowd, rooms, json, i18n, metrics);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(socket, "/crowd/*/socket").setHandshakeHandler(UncompressedWebSockets.handshake()).addInterceptors(new HandshakeInterceptor() {
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
}
