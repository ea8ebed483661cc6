package app.atelier.base.store;

import de.bwaldvogel.mongo.MongoServer;

/** A separate JVM holding the embedded store on a data directory, so a test can kill -9 it. */
public final class EmbeddedStoreProcess {
    private EmbeddedStoreProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        MongoServer server = new MongoServer(EmbeddedMongoConfiguration.backend(args[0], Integer.parseInt(args[1])));
        server.bind("127.0.0.1", 0);
        System.out.println("PORT " + server.getLocalAddress().getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
