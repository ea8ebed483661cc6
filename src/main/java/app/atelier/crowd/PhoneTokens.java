package app.atelier.crowd;

import app.atelier.security.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * A phone's secret, {@code <phoneId>.<HMAC-SHA256 of board and phone>}: it proves which phone of which board it is
 * without the server keeping anything per phone. A join is then no store write (at 100 joins a second, the phones'
 * inserts were half the server's work). The key is made once per installation and kept in the store, so every node
 * and every restart recognises the same phones; a leaked database without it mints nothing.
 */
@Component
class PhoneTokens {
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern PHONE_ID = Pattern.compile("[0-9a-f]{24}");

    @Document("crowd_keys")
    record TokenKey(@Id String id, String key) {
    }

    private final MongoTemplate mongo;
    private volatile SecretKeySpec key;

    PhoneTokens(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The secret phone {@code phoneId} of board {@code boardId} keeps. */
    String issue(String boardId, String phoneId) {
        return phoneId + "." + mac(boardId, phoneId);
    }

    /** The phone a secret names on this board, or null when it is not one this installation gave for it. */
    String phoneOf(String boardId, String secret) {
        int dot = secret == null ? -1 : secret.indexOf('.');
        if (dot < 0 || !PHONE_ID.matcher(secret.substring(0, dot)).matches()) {
            return null;
        }
        String phoneId = secret.substring(0, dot);
        boolean genuine = MessageDigest.isEqual(mac(boardId, phoneId).getBytes(StandardCharsets.US_ASCII),
                secret.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return genuine ? phoneId : null;
    }

    private String mac(String boardId, String phoneId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            byte[] tag = mac.doFinal((boardId + ":" + phoneId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** The installation's key: read once, or made by whichever node asks first (the others read that one). */
    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            TokenKey stored = mongo.findById("phones", TokenKey.class);
            if (stored == null) {
                try {
                    stored = mongo.insert(new TokenKey("phones", Secrets.newSecret()));
                } catch (DuplicateKeyException anotherNodeWasFirst) {
                    stored = mongo.findById("phones", TokenKey.class);
                }
            }
            known = new SecretKeySpec(Base64.getUrlDecoder().decode(stored.key()), ALGORITHM);
            key = known;
        }
        return known;
    }
}
