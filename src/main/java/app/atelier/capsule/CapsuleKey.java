package app.atelier.capsule;

import app.atelier.base.store.EmbeddedMongoConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that seals time capsules (AES-256 in GCM mode: a sealed document can be neither read nor altered without
 * it). Never stored with the data: given by {@code atelier.capsule.key} (base64 of 32 bytes: what every node of a
 * cluster must share), else read from {@code atelier.capsule.key-file} (default {@code capsule.key} in the data
 * directory), generated there on first use. Lose it and sealed capsules can never be opened.
 */
@Component
class CapsuleKey {
    private static final Logger log = LoggerFactory.getLogger(CapsuleKey.class);
    private static final String AES = "AES";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final String id;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    CapsuleKey(@Value("${atelier.capsule.key:}") String configured,
               @Value("${atelier.capsule.key-file:}") String keyFile,
               @Value("${atelier.data-dir:./data}") String dataDir) {
        this(load(configured, keyFile, dataDir));
    }

    CapsuleKey(byte[] key) {
        this.key = new SecretKeySpec(key, AES);
        this.id = fingerprint(key);
    }

    /** A short fingerprint of the key (not the key): what a capsule records, so a node with another key says so. */
    String id() {
        return id;
    }

    /** {@code plain} encrypted and bound to {@code place} (a copy moved elsewhere does not decrypt): IV + ciphertext. */
    byte[] seal(byte[] plain, String place) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, place, plain, 0, plain.length);
        byte[] out = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return out;
    }

    byte[] open(byte[] sealed, String place) {
        byte[] iv = Arrays.copyOf(sealed, IV_BYTES);
        return crypt(Cipher.DECRYPT_MODE, iv, place, sealed, IV_BYTES, sealed.length - IV_BYTES);
    }

    private byte[] crypt(int mode, byte[] iv, String place, byte[] data, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Capsule content could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "sealed" : "opened (wrong key, or altered)") + " at " + place, e);
        }
    }

    private static byte[] load(String configured, String keyFile, String dataDir) {
        if (!configured.isBlank()) {
            return decode(configured.strip(), "atelier.capsule.key");
        }
        if (keyFile.isBlank() && EmbeddedMongoConfiguration.IN_MEMORY.equals(dataDir)) {
            log.warn("No atelier.capsule.key and the data is in memory: capsules are sealed with a key that "
                    + "lives as long as this process");
            return fresh();
        }
        Path file = Path.of(keyFile.isBlank() ? dataDir : keyFile);
        file = keyFile.isBlank() ? file.resolve("capsule.key") : file;
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip(), file.toString());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = fresh();
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the directory's own permissions protect it
            }
            log.info("Generated the time capsules' key in {}: keep a copy apart from the data's backups", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the capsule key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The capsule key in " + where + " is not base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The capsule key in " + where + " must be 32 bytes (256 bits), not "
                    + key.length);
        }
        return key;
    }

    private static byte[] fresh() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static String fingerprint(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
