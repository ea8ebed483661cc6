package app.atelier.image.api;

import app.atelier.board.CardImage;
import app.atelier.board.api.CardResponse.ImageResponse;
import app.atelier.image.ImageService;
import app.atelier.security.AtelierUser;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Images on cards over the API: add one (multipart, field {@code file}), fetch it or its thumbnail, remove it. */
@RestController
@RequestMapping("/api/boards/{boardId}/cards/{cardId}/images")
class ImageApiController {
    private final ImageService images;

    ImageApiController(ImageService images) {
        this.images = images;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImageResponse> add(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                      @PathVariable String cardId, @RequestPart("file") MultipartFile file)
            throws IOException {
        CardImage image = images.add(user.actor(), boardId, cardId, file.getBytes());
        ImageResponse body = ImageResponse.of(boardId, cardId, image);
        return ResponseEntity.created(URI.create(body.url())).body(body);
    }

    @ApiResponse(responseCode = "200", description = "The image as uploaded", content = @Content(mediaType = "image/*",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @GetMapping("/{imageId}")
    ResponseEntity<Resource> image(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                   @PathVariable String cardId, @PathVariable String imageId,
                                   @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
        return ImageResponses.of(images.read(user.actor(), boardId, cardId, imageId, false), etag);
    }

    @ApiResponse(responseCode = "200", description = "A small copy of the image",
            content = @Content(mediaType = "image/*",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @GetMapping("/{imageId}/thumbnail")
    ResponseEntity<Resource> thumbnail(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                       @PathVariable String cardId, @PathVariable String imageId,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                       String etag) {
        return ImageResponses.of(images.read(user.actor(), boardId, cardId, imageId, true), etag);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{imageId}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                @PathVariable String cardId, @PathVariable String imageId) {
        images.delete(user.actor(), boardId, cardId, imageId);
        return ResponseEntity.noContent().build();
    }
}
