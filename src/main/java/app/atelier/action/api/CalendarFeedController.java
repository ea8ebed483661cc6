package app.atelier.action.api;

import app.atelier.action.CalendarService;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feeds calendar programs subscribe to: {@code /calendar/{secret}.ics}, the secret being the only credential
 * (calendar programs sign in nowhere). An unknown or revoked secret is a plain 404.
 */
@RestController
class CalendarFeedController {
    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarService calendars;

    CalendarFeedController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @ApiResponse(responseCode = "200", description = "An iCalendar feed (RFC 5545)",
            content = @Content(mediaType = "text/calendar",
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No feed has this secret, or it was revoked")
    @SecurityRequirements
    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String secret, Locale locale) {
        Locale language = locale != null && locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        return calendars.render(secret, language)
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                        .header("Referrer-Policy", "no-referrer").body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
