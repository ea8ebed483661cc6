package app.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.support.People;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Invite links, guest cookies and API tokens are 256-bit CSPRNG secrets stored only as hashes; passwords bcrypt. */
@SpringBootTest
class SecretsAndHashingTest {
    @Autowired
    AccessService access;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    BoardService boards;
    @Autowired
    People people;
    @Autowired
    MongoTemplate mongo;

    @Test
    void secretsCarry256RandomBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String secret = Secrets.newSecret();
            assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
            seen.add(secret);
        }
        assertThat(seen).hasSize(2_000);
        // every bit position takes both values across the sample: not a counter, not a constant prefix
        byte[] or = new byte[32];
        byte[] and = new byte[32];
        java.util.Arrays.fill(and, (byte) 0xFF);
        for (String s : seen) {
            byte[] b = Base64.getUrlDecoder().decode(s);
            for (int i = 0; i < 32; i++) {
                or[i] |= b[i];
                and[i] &= b[i];
            }
        }
        for (int i = 0; i < 32; i++) {
            assertThat(or[i]).isEqualTo((byte) 0xFF);
            assertThat(and[i]).isZero();
        }
    }

    @Test
    void anInviteLinkIsStoredOnlyAsItsHash() {
        Actor ana = people.account("Ana").actor();
        Board board = boards.createBoard(ana, "Secrets", "brand-promise");
        String secret = People.secretOf(access.createInvite(ana, board.getId(), Role.PARTICIPANT, null).url());

        String everything = dump("invites");
        assertThat(everything).doesNotContain(secret).contains(Secrets.hash(secret));
        assertThat(access.findInvite(secret)).isPresent();
        assertThat(access.findInvite(secret.substring(1))).isEmpty();
    }

    @Test
    void aGuestCookieAndAnApiTokenAreStoredOnlyAsHashes() {
        AccessService.NewGuest guest = access.createGuest("Gaspard");
        AtelierUser user = people.account("Tess");
        String token = tokens.create(user, "ci").secret();

        assertThat(token).startsWith(ApiTokenService.PREFIX);
        assertThat(dump("guests")).doesNotContain(guest.secret()).contains(Secrets.hash(guest.secret()));
        assertThat(dump("api_tokens")).doesNotContain(token).contains(Secrets.hash(token));
        assertThat(access.guestBySecret(guest.secret())).contains(guest.actor());
        assertThat(tokens.authenticate(token)).map(b -> b.user().id()).contains(user.id());
    }

    @Test
    void passwordsAreHashedWithBcrypt() {
        AtelierUser user = people.account("Hugo");
        Document stored = mongo.getCollection("users").find(new Document("email", user.email())).first();
        assertThat(stored.getString("passwordHash")).startsWith("{bcrypt}$2").doesNotContain(People.PASSWORD);
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        AtelierUser user = people.account("Rita");
        ApiTokenService.NewToken created = tokens.create(user, "old");
        tokens.revoke(user, created.token().getId());
        assertThat(tokens.authenticate(created.secret())).isEmpty();
    }

    private String dump(String collection) {
        StringBuilder all = new StringBuilder();
        mongo.getCollection(collection).find().forEach(d -> all.append(d.toJson()));
        return all.toString();
    }
}
