package app.atelier.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a metrics scraper (Prometheus) shows to read {@code /actuator/prometheus}: {@code Authorization: Bearer} and
 * the configured {@code atelier.metrics.token}. Without a token configured, nobody reads the metrics: they say how
 * many boards and people an installation has.
 */
@Component
class ScrapeToken {
    private final byte[] token;

    ScrapeToken(@Value("${atelier.metrics.token:}") String token) {
        this.token = token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    boolean presentedBy(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (token == null || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring("Bearer ".length()).strip()
                .getBytes(StandardCharsets.UTF_8));
    }
}
