package app.atelier.discussion.api;

import app.atelier.discussion.Comment;
import app.atelier.discussion.CommentService;
import app.atelier.security.AtelierUser;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Comments on cards. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}", produces = MediaType.APPLICATION_JSON_VALUE)
class CommentApiController {
    record CommentRequest(String text) {
    }

    record CommentResponse(String id, String cardId, @Nullable String author, String text, Instant createdAt) {
        static CommentResponse of(Comment c) {
            return new CommentResponse(c.getId(), c.getCardId(), c.getAuthor(), c.getText(), c.getCreatedAt());
        }
    }

    private final CommentService comments;

    CommentApiController(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping("/cards/{cardId}/comments")
    List<CommentResponse> list(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                               @PathVariable String cardId) {
        return comments.list(user.actor(), boardId, cardId).stream().map(CommentResponse::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/cards/{cardId}/comments")
    ResponseEntity<CommentResponse> add(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                        @PathVariable String cardId, @RequestBody(required = false) CommentRequest request) {
        Comment comment = comments.add(user.actor(), boardId, cardId, request == null ? null : request.text());
        return ResponseEntity.created(URI.create("/api/boards/" + boardId + "/comments/" + comment.getId()))
                .body(CommentResponse.of(comment));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/comments/{commentId}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                @PathVariable String commentId) {
        comments.delete(user.actor(), boardId, commentId);
        return ResponseEntity.noContent().build();
    }
}
