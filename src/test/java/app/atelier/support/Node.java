package app.atelier.support;

import app.atelier.AtelierApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Atelier node started for real in this JVM (its own Spring context, web server and Vaadin), for tests of
 * several nodes on one store: the first keeps the embedded store and opens it on a port, the others connect to it
 * as they would to a MongoDB.
 */
public final class Node implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final int storePort;

    private Node(ConfigurableApplicationContext context, int storePort) {
        this.context = context;
        this.storePort = storePort;
    }

    /** A node with the embedded store (in memory unless {@code --atelier.data-dir} says otherwise), shared on a port. */
    public static Node withStore(String... properties) {
        int storePort = freePort();
        return new Node(start(properties, "--atelier.store.port=" + storePort), storePort);
    }

    /** Another node on the first one's store. */
    public Node another(String... properties) {
        return new Node(start(properties, "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/atelier"),
                storePort);
    }

    private static ConfigurableApplicationContext start(String[] properties, String store) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String arg : List.of("--server.port=0", "--spring.main.banner-mode=off", "--atelier.data-dir=memory",
                "--atelier.presence.coalesce=0ms", "--atelier.ui.push-after-answer=false", store)) {
            args.put(arg.substring(0, arg.indexOf('=')), arg);
        }
        for (String arg : properties) {
            args.put(arg.substring(0, arg.indexOf('=')), arg); // a test's own value wins
        }
        return new SpringApplicationBuilder(AtelierApplication.class).run(args.values().toArray(String[]::new));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The node's HTTP port. */
    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
