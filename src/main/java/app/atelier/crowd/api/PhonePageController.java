package app.atelier.crowd.api;

import app.atelier.board.Board;
import app.atelier.crowd.CrowdService;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /crowd/{code}}: the phone page, what the QR code leads to. A light page (no Vaadin: a phone must not cost a
 * server-side UI) in the phone's language, whose script talks to {@code /crowd/{code}/socket}.
 */
@RestController
class PhonePageController {
    /** The page's words, by key: the script reads them from the page. */
    private static final List<String> WORDS = List.of("crowd.phone.name", "crowd.phone.join", "crowd.phone.wait",
            "crowd.phone.write", "crowd.phone.send", "crowd.phone.charsLeft", "crowd.phone.mine",
            "crowd.phone.none", "crowd.phone.offline", "crowd.phone.ended", "crowd.phone.sending",
            "crowd.idea.waiting", "crowd.idea.on-board", "crowd.idea.merged", "crowd.idea.rejected",
            "crowd.phone.moderated", "crowd.phone.vote", "crowd.phone.dotsLeft", "crowd.phone.addDot",
            "crowd.phone.removeDot", "crowd.phone.react");

    private final CrowdService crowd;
    private final I18NProvider i18n;
    private final ObjectMapper json;
    private final String template = resource("crowd/phone.html");

    PhonePageController(CrowdService crowd, I18NProvider i18n, ObjectMapper json) {
        this.crowd = crowd;
        this.i18n = i18n;
        this.json = json;
    }

    @GetMapping(path = "/crowd/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String code,
                                @RequestHeader(name = "Accept-Language", required = false) String accept) {
        Locale locale = accept != null && accept.toLowerCase(Locale.ROOT).startsWith("fr") ? Locale.FRENCH
                : Locale.ENGLISH;
        Optional<Board> board = crowd.boardOf(code);
        if (board.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                    .body("<!doctype html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><p>"
                            + HtmlUtils.htmlEscape(i18n.getTranslation("error.crowd.codeUnknown", locale), "UTF-8")
                            + "</p></html>");
        }
        Map<String, Object> words = new LinkedHashMap<>();
        WORDS.forEach(key -> words.put(key.substring(key.lastIndexOf('.') + 1), i18n.getTranslation(key, locale)));
        words.put("reactions", CrowdService.REACTIONS);
        String html = template.replace("{{lang}}", locale.getLanguage())
                .replace("{{title}}", HtmlUtils.htmlEscape(board.get().getTitle(), "UTF-8"))
                .replace("{{code}}", HtmlUtils.htmlEscape(board.get().getCrowd().code(), "UTF-8"))
                // JSON inside a script element: "<" escaped so no text can close the element
                .replace("{{words}}", json.writeValueAsString(words).replace("<", "\\u003c"));
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore()).body(html);
    }

    private static String resource(String name) {
        try (InputStream in = PhonePageController.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
