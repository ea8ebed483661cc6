package app.atelier.image.api;

import app.atelier.image.ImageService.ImageContent;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An image as a response. Browsers keep it for this person only ({@code private}) and ask again each time
 * ({@code no-cache}), so whether they may still see it is checked on every view; an unchanged image costs a 304. No
 * shared cache may keep it: it varies with who asks.
 */
final class ImageResponses {
    private ImageResponses() {
    }

    static ResponseEntity<Resource> of(ImageContent image, String ifNoneMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noCache().cachePrivate());
        headers.setVary(List.of(HttpHeaders.COOKIE, HttpHeaders.AUTHORIZATION));
        headers.setETag(image.etag());
        if (image.etag().equals(ifNoneMatch)) {
            closeQuietly(image);
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(MediaType.parseMediaType(image.contentType()));
        headers.setContentLength(image.length());
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "inline");
        return new ResponseEntity<>(new InputStreamResource(image.bytes()), headers, HttpStatus.OK);
    }

    private static void closeQuietly(ImageContent image) {
        try {
            image.bytes().close();
        } catch (java.io.IOException ignored) {
            // nothing was sent from it
        }
    }
}
