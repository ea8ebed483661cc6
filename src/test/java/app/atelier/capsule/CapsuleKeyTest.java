package app.atelier.capsule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The capsule key: where it comes from, and that sealed bytes open only with it, in their own place, unaltered. */
class CapsuleKeyTest {
    @TempDir
    Path dataDir;

    @Test
    void generatedOnceIntoTheDataDirectoryReadableOnlyByItsOwnerThenReused() throws Exception {
        CapsuleKey first = new CapsuleKey("", "", dataDir.toString());
        Path file = dataDir.resolve("capsule.key");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        CapsuleKey again = new CapsuleKey("", "", dataDir.toString());
        assertThat(again.id()).isEqualTo(first.id());
        byte[] sealed = first.seal("prédiction".getBytes(StandardCharsets.UTF_8), "b|cards|1");
        assertThat(new String(again.open(sealed, "b|cards|1"), StandardCharsets.UTF_8)).isEqualTo("prédiction");
    }

    @Test
    void aConfiguredKeyWinsAndAMalformedOneStopsTheStart() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(new CapsuleKey(configured, "", dataDir.toString()).id())
                .isEqualTo(new CapsuleKey(new byte[32]).id());
        assertThat(dataDir.resolve("capsule.key")).doesNotExist();
        assertThatThrownBy(() -> new CapsuleKey("c2hvcnQ=", "", dataDir.toString()))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new CapsuleKey("pas du base64 !", "", dataDir.toString()))
                .hasMessageContaining("base64");
    }

    @Test
    void sealedBytesOpenOnlyWithTheSameKeyInTheSamePlaceAndUnaltered() {
        CapsuleKey key = new CapsuleKey(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        byte[] sealed = key.seal("le chiffre d'affaires".getBytes(StandardCharsets.UTF_8), "b|cards|1");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("affaires");

        assertThatThrownBy(() -> new CapsuleKey(other).open(sealed, "b|cards|1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> key.open(sealed, "b|cards|2")).isInstanceOf(IllegalStateException.class);
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> key.open(altered, "b|cards|1")).isInstanceOf(IllegalStateException.class);
        // the same text sealed twice differs (a fresh IV each time): equal contents cannot be spotted in a dump
        assertThat(key.seal("x".getBytes(StandardCharsets.UTF_8), "p")).isNotEqualTo(key.seal("x".getBytes(
                StandardCharsets.UTF_8), "p"));
    }
}
