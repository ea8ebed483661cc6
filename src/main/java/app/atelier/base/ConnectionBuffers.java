package app.atelier.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The buffers Tomcat keeps for as long as a connection is open, made small enough for a crowd of 10,000 phones.
 *
 * <p>Each open WebSocket (a phone, a page's push channel) held two 8 KB socket buffers and five 8 KB WebSocket
 * buffers (frames in, messages in as bytes and as characters, frames out, text encoding): some 64 KB of heap, or
 * 640 MB for 10,000 phones, while a phone's messages are a few hundred bytes. Smaller buffers change no message:
 * a longer one is read or written in more steps (Vaadin's pushes go out as several frames, the phones' socket reads
 * long messages in parts). The WebSocket size is Tomcat's system property, read once when its classes load; an
 * operator's {@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} wins.
 */
@Component
class ConnectionBuffers implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {
    static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    private final int socketBytes;
    private final int webSocketBytes;

    ConnectionBuffers(@Value("${atelier.server.socket-buffer-bytes:4096}") int socketBytes,
                      @Value("${atelier.server.websocket-buffer-bytes:2048}") int webSocketBytes) {
        this.socketBytes = socketBytes;
        this.webSocketBytes = webSocketBytes;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (System.getProperty(WEBSOCKET_BUFFER) == null) {
            System.setProperty(WEBSOCKET_BUFFER, Integer.toString(webSocketBytes));
        }
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(socketBytes));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(socketBytes));
        });
    }
}
