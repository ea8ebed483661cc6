package app.atelier.board.api;

import app.atelier.access.AccessService;
import app.atelier.base.NotFoundException;
import app.atelier.board.BoardService;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.security.ApiTokenDetails;
import app.atelier.security.AtelierUser;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * Registers the live event API. The handshake passes the API's security chain (a bearer token is required); here a
 * non-member gets 404 before any upgrade, like the REST API. The stream then closes when its token is revoked
 * ({@link CredentialWatch}).
 */
@Configuration
@EnableWebSocket
class EventSocketConfiguration implements WebSocketConfigurer {
    private final BoardEventsSocket socket;
    private final AccessService access;

    EventSocketConfiguration(BoardService boards, AccessService access, BoardEventBus bus,
                             ObjectMapper json, CredentialWatch credentials, ObjectProvider<PlanEvents> plan) {
        this.access = access;
        this.socket = new BoardEventsSocket(boards, access, bus, json, credentials, plan);
    }

    @Bean
    BoardEventsSocket boardEventsSocket() {
        return socket;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(socket, "/api/boards/*/events").addInterceptors(new HandshakeInterceptor() {
            @Override
            public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                           WebSocketHandler handler, Map<String, Object> attributes) {
                String[] parts = request.getURI().getPath().split("/");
                String boardId = parts.length > 3 ? parts[3] : "";
                // a stream lives as long as the token that opened it, so it needs one
                if (!(request.getPrincipal() instanceof Authentication auth)
                        || !(auth.getPrincipal() instanceof AtelierUser user)
                        || !(auth.getDetails() instanceof ApiTokenDetails token)) {
                    response.setStatusCode(HttpStatus.UNAUTHORIZED);
                    return false;
                }
                try {
                    access.requireMember(user.actor(), boardId);
                } catch (NotFoundException e) {
                    response.setStatusCode(HttpStatus.NOT_FOUND);
                    return false;
                }
                attributes.put(BoardEventsSocket.BOARD, boardId);
                attributes.put(BoardEventsSocket.TOKEN, token.tokenId());
                String since = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams()
                        .getFirst("since");
                try {
                    attributes.put(BoardEventsSocket.SINCE, since == null ? -1L : Long.parseLong(since));
                } catch (NumberFormatException e) {
                    response.setStatusCode(HttpStatus.BAD_REQUEST);
                    return false;
                }
                return true;
            }

            @Override
            public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                       Exception exception) {
                // nothing to do
            }
        }).setAllowedOrigins("*");
    }
}
