package app.atelier.backup.api;

import app.atelier.backup.BackupService;
import app.atelier.security.AtelierUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The installation's archive, for its administrators: download one, or restore one into an empty installation. */
@RestController
class BackupApiController {
    private static final String ZIP = "application/zip";

    record RestoreResponse(long documents, Map<String, Long> collections) {
    }

    private final BackupService backups;

    BackupApiController(BackupService backups) {
        this.backups = backups;
    }

    @ApiResponse(responseCode = "200", description = "The archive (see README, Backups)",
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/admin/backup")
    void backup(@AuthenticationPrincipal AtelierUser user, HttpServletResponse response) throws IOException {
        Path archive = backups.backup(user);
        try {
            response.setContentType(ZIP);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("atelier-" + LocalDate.now() + ".zip").build().toString());
            response.setContentLengthLong(Files.size(archive));
            Files.copy(archive, response.getOutputStream());
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "An archive as GET /api/admin/backup wrote it",
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary"))))
    @PostMapping(path = "/api/admin/restore", produces = MediaType.APPLICATION_JSON_VALUE)
    RestoreResponse restore(@AuthenticationPrincipal AtelierUser user, HttpServletRequest request)
            throws IOException {
        Path upload = Files.createTempFile("atelier-restore-", ".zip");
        try (InputStream body = request.getInputStream()) {
            Files.copy(body, upload, StandardCopyOption.REPLACE_EXISTING);
            BackupService.Contents restored = backups.restore(user, upload);
            return new RestoreResponse(restored.total(), restored.documents());
        } finally {
            Files.deleteIfExists(upload);
        }
    }
}
