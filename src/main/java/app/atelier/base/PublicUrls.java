package app.atelier.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The address links are made with: {@code atelier.public-url} when set (behind a proxy), else the request's. */
@Component
public class PublicUrls {
    private final String publicUrl;

    PublicUrls(@Value("${atelier.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The base URL, without a trailing slash ("" outside a request when none is configured). */
    public String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        if (RequestContextHolder.getRequestAttributes() == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
