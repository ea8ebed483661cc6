package app.atelier.backup;

import app.atelier.base.ConflictException;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InstallationRestored;
import app.atelier.base.InvalidInputException;
import app.atelier.base.SecurityLog;
import app.atelier.security.AtelierUser;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes and restores an installation's archive: a zip with {@code manifest.json} and one {@code <collection>.jsonl}
 * per collection (MongoDB Extended JSON, one document per line, types kept exactly: dates, ids, image bytes). Left
 * out: secrets (API tokens, the crowd's signing key, account passwords) and what lives only while people are
 * connected (presence, rate-limit counters).
 */
@Service
public class BackupService {
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    static final int FORMAT = 1;
    static final String MANIFEST = "manifest.json";
    /** Secrets and what only matters while the installation runs: never in an archive, never restored. */
    static final Set<String> LEFT_OUT = Set.of("api_tokens", "crowd_keys", "rate_limits", "presence");
    /**
     * What every installation writes for itself when it starts (its default workspace and who sits in it): an archive
     * that carries these replaces them, as it replaces the administrator's account.
     */
    static final Set<String> SEEDED_AT_START = Set.of("workspaces", "workspace_members", "current_workspaces");
    private static final String USERS = "users";
    private static final String PASSWORD = "passwordHash";
    private static final int ATTEMPTS = 5;
    private static final int BATCH = 500;
    private static final int BATCH_BYTES = 8 << 20;
    private static final java.util.regex.Pattern COLLECTION_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.]+");
    private static final JsonWriterSettings EXTENDED_JSON = JsonWriterSettings.builder()
            .outputMode(JsonMode.EXTENDED).build();

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BackupService(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.clock = clock;
        this.events = events;
    }

    /** What an archive holds, collection by collection, and what a restore put back. */
    public record Contents(Map<String, Long> documents) {
        public long total() {
            return documents.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Writes the archive to a new temporary file (the caller sends it, then deletes it). The installation keeps
     * working meanwhile: the store is read a second time and the archive kept only if both readings agree, so it
     * holds one moment of the installation; while people keep changing it, up to five attempts, then a refusal.
     */
    public Path backup(AtelierUser admin) {
        requireAdmin(admin, "backup");
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path archive = temporaryFile();
            Map<String, String> written = write(archive);
            if (written.equals(fingerprints())) {
                SecurityLog.event("backup.written", admin.id(), "collections=" + written.size());
                return archive;
            }
            delete(archive);
            log.info("The installation changed while it was read for a backup (attempt {} of {})", attempt, ATTEMPTS);
        }
        throw new ConflictException("error.backup.busy");
    }

    /**
     * Restores an archive into this installation, which must hold no board yet. An archived account whose e-mail is
     * already here (the administrator restoring) replaces that account and keeps its password and administrator
     * right; every other account comes back without a password (single sign-on, see README).
     */
    public Contents restore(AtelierUser admin, Path archive) {
        requireAdmin(admin, "restore");
        if (mongo.getCollection("boards").countDocuments() > 0) {
            throw new ConflictException("error.restore.notEmpty");
        }
        Map<String, Long> restored = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifest = zip.getEntry(MANIFEST);
            if (manifest == null) {
                throw new InvalidInputException("body", "error.restore.unreadable");
            }
            try (InputStream in = zip.getInputStream(manifest)) {
                checkFormat(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            List<? extends ZipEntry> collections = zip.stream()
                    .filter(entry -> entry.getName().endsWith(".jsonl"))
                    .filter(entry -> !LEFT_OUT.contains(collectionOf(entry))).toList();
            // every line read once before anything is written: a damaged archive changes nothing
            for (ZipEntry entry : collections) {
                try (InputStream in = zip.getInputStream(entry)) {
                    readEach(in, document -> { });
                }
            }
            collections.stream().map(BackupService::collectionOf).filter(SEEDED_AT_START::contains)
                    .forEach(seeded -> mongo.getCollection(seeded).deleteMany(new Document()));
            for (ZipEntry entry : collections) {
                try (InputStream in = zip.getInputStream(entry)) {
                    restored.put(collectionOf(entry), insert(collectionOf(entry), in));
                }
            }
        } catch (IOException | org.bson.json.JsonParseException | IllegalArgumentException e) {
            throw new InvalidInputException("body", "error.restore.unreadable");
        } catch (com.mongodb.MongoException e) { // a document this installation already has
            log.warn("A restore stopped: {}", e.getMessage());
            throw new ConflictException("error.restore.notEmpty");
        }
        SecurityLog.event("backup.restored", admin.id(), "documents=" + new Contents(restored).total());
        events.publishEvent(new InstallationRestored()); // an older archive is brought up to date, as at start-up
        return new Contents(restored);
    }

    private Map<String, String> write(Path archive) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive), StandardCharsets.UTF_8)) {
            for (String collection : collections()) {
                zip.putNextEntry(new ZipEntry(collection + ".jsonl"));
                // flushed, never closed: the zip goes on
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                MessageDigest digest = sha256();
                long count = 0;
                for (Document document : mongo.getCollection(collection).find().sort(new Document("_id", 1))) {
                    String line = line(collection, document);
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                    out.write(line);
                    out.write('\n');
                    count++;
                }
                out.flush();
                zip.closeEntry();
                fingerprints.put(collection, HexFormat.of().formatHex(digest.digest()));
                counts.put(collection, count);
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(new Document("format", FORMAT).append("writtenAt", clock.instant().toString())
                    .append("collections", new Document(new LinkedHashMap<>(counts))).toJson()
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            delete(archive);
            throw new UncheckedIOException(e);
        }
        return fingerprints;
    }

    /** The second reading: each collection's digest, as {@link #write} computed it. */
    private Map<String, String> fingerprints() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String collection : collections()) {
            MessageDigest digest = sha256();
            for (Document document : mongo.getCollection(collection).find().sort(new Document("_id", 1))) {
                digest.update(line(collection, document).getBytes(StandardCharsets.UTF_8));
            }
            fingerprints.put(collection, HexFormat.of().formatHex(digest.digest()));
        }
        return fingerprints;
    }

    private Set<String> collections() {
        Set<String> names = new TreeSet<>(mongo.getCollectionNames());
        names.removeAll(LEFT_OUT);
        names.removeIf(name -> name.startsWith("system."));
        return names;
    }

    private static String line(String collection, Document document) {
        if (collection.equals(USERS)) {
            document.remove(PASSWORD);
        }
        return document.toJson(EXTENDED_JSON);
    }

    /** A collection's name from its entry: letters, digits, "_" and "." only, never the store's own. */
    private static String collectionOf(ZipEntry entry) {
        String name = entry.getName().substring(0, entry.getName().length() - ".jsonl".length());
        if (!COLLECTION_NAME.matcher(name).matches() || name.startsWith("system.")) {
            throw new IllegalArgumentException("not a collection: " + name);
        }
        return name;
    }

    private static void readEach(InputStream entry, Consumer<Document> each) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(entry, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
                each.accept(Document.parse(line));
            }
        }
    }

    /** Inserts in batches of at most {@link #BATCH} documents or {@link #BATCH_BYTES} (image chunks are large). */
    private long insert(String collection, InputStream entry) throws IOException {
        MongoCollection<Document> target = mongo.getCollection(collection);
        List<Document> batch = new ArrayList<>();
        long[] count = {0};
        int[] bytes = {0};
        readEach(entry, document -> {
            if (collection.equals(USERS)) {
                takeOverExisting(document);
            }
            batch.add(document);
            bytes[0] += document.toJson().length();
            if (batch.size() == BATCH || bytes[0] > BATCH_BYTES) {
                target.insertMany(batch);
                count[0] += batch.size();
                batch.clear();
                bytes[0] = 0;
            }
        });
        if (!batch.isEmpty()) {
            target.insertMany(batch);
            count[0] += batch.size();
        }
        return count[0];
    }

    /**
     * An archived account whose e-mail already has an account here (the administrator restoring, the configured
     * one): the archived account wins (boards name it by its id) but keeps this installation's password and
     * administrator right, and the API tokens follow it.
     */
    private void takeOverExisting(Document archived) {
        MongoCollection<Document> users = mongo.getCollection(USERS);
        Document existing = users.find(Filters.eq("email", archived.getString("email"))).first();
        archived.remove(PASSWORD);
        if (existing == null) {
            return;
        }
        if (existing.getString(PASSWORD) != null) {
            archived.put(PASSWORD, existing.getString(PASSWORD));
        }
        archived.put("admin", existing.getBoolean("admin", false) || archived.getBoolean("admin", false));
        users.deleteOne(Filters.eq("_id", existing.get("_id")));
        mongo.getCollection("api_tokens").updateMany(Filters.eq("userId", existing.get("_id").toString()),
                Updates.set("userId", archived.get("_id").toString()));
    }

    private static void checkFormat(String manifest) {
        Object format = Document.parse(manifest).get("format");
        if (!(format instanceof Integer number) || number > FORMAT) {
            throw new InvalidInputException("body", "error.restore.format", FORMAT);
        }
    }

    private static void requireAdmin(AtelierUser user, String what) {
        if (!user.admin()) {
            SecurityLog.event("denied." + what, user.id(), "not an administrator");
            throw new ForbiddenException("error.access.denied");
        }
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("atelier-backup-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
