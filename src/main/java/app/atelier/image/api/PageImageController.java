package app.atelier.image.api;

import app.atelier.access.CurrentActor;
import app.atelier.base.LocalizedException;
import app.atelier.image.ImageService;
import app.atelier.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The images board pages show, for the person whose browser asks (signed in, or a guest by their cookie). Anything
 * they may not see answers a bare 404, the same as what does not exist.
 */
@RestController
@RequestMapping("/board-images/{boardId}/{cardId}/{imageId}")
class PageImageController {
    private final ImageService images;
    private final CurrentActor people;

    PageImageController(ImageService images, CurrentActor people) {
        this.images = images;
        this.people = people;
    }

    @GetMapping
    ResponseEntity<Resource> image(HttpServletRequest request, @PathVariable String boardId,
                                   @PathVariable String cardId, @PathVariable String imageId,
                                   @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
        return serve(request, boardId, cardId, imageId, false, etag);
    }

    @GetMapping("/thumbnail")
    ResponseEntity<Resource> thumbnail(HttpServletRequest request, @PathVariable String boardId,
                                       @PathVariable String cardId, @PathVariable String imageId,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                       String etag) {
        return serve(request, boardId, cardId, imageId, true, etag);
    }

    private ResponseEntity<Resource> serve(HttpServletRequest request, String boardId, String cardId, String imageId,
                                           boolean thumbnail, String etag) {
        Optional<Actor> viewer = people.of(request);
        if (viewer.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        try {
            return ImageResponses.of(images.read(viewer.get(), boardId, cardId, imageId, thumbnail), etag);
        } catch (LocalizedException notForThem) {
            return ResponseEntity.notFound().build();
        }
    }
}
