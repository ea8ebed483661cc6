package app.atelier.base.api;

import app.atelier.base.ConflictException;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.LimitReachedException;
import app.atelier.base.LocalizedException;
import app.atelier.base.NotFoundException;
import app.atelier.base.RateLimitedException;
import app.atelier.base.SealedException;
import app.atelier.base.StaleVersionException;
import app.atelier.base.TooLargeException;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of an API call into a JSON {@link ApiError} with the right status. Messages follow the
 * request's {@code Accept-Language} (English by default). A user's mistake is never a 500.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final int MAX_QUOTED = 80;

    private final I18NProvider i18n;
    private final List<ApiShape> shapes;

    public ApiExceptionHandler(I18NProvider i18n, List<ApiShape> shapes) {
        this.i18n = i18n;
        this.shapes = List.copyOf(shapes);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e, Locale locale) {
        return body(HttpStatus.BAD_REQUEST, "invalid_input", message(e, locale), e.field(), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, Locale locale) {
        return body(HttpStatus.NOT_FOUND, "not_found", message(e, locale), null, null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e, Locale locale) {
        return body(HttpStatus.FORBIDDEN, "forbidden", message(e, locale), null, null);
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Object> tooMany(RateLimitedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(new ApiError(429, "too_many_requests", message(e, locale), null, null));
    }

    @ExceptionHandler(TooLargeException.class)
    ResponseEntity<Object> tooLarge(TooLargeException e, Locale locale) {
        return body(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", message(e, locale), "body", null);
    }

    @ExceptionHandler(LimitReachedException.class)
    ResponseEntity<Object> limitReached(LimitReachedException e, Locale locale) {
        return body(HttpStatus.CONFLICT, "limit_reached", message(e, locale), null, null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, Locale locale) {
        return body(HttpStatus.CONFLICT, "conflict", message(e, locale), null, null);
    }

    @ExceptionHandler(SealedException.class)
    ResponseEntity<Object> sealed(SealedException e, Locale locale) {
        return body(HttpStatus.CONFLICT, "sealed", message(e, locale), null, null);
    }

    /** A stale version: 409 with what is stored now (as the caller may see it), so the client can merge and retry. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> stale(StaleVersionException e, Locale locale) {
        return body(HttpStatus.CONFLICT, "version_conflict", message(e, locale), "version", shown(e.current()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, Locale locale) {
        log.error("Unexpected API failure", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                i18n.getTranslation("error.internal", supported(locale)), null, null);
    }

    /** Malformed JSON or a value of the wrong type: name the field when Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = supported(request.getLocale());
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return body(HttpStatus.BAD_REQUEST, "invalid_input",
                    i18n.getTranslation("error.json.field", locale, field), field, null);
        }
        return body(HttpStatus.BAD_REQUEST, "malformed_json", i18n.getTranslation("error.json.malformed", locale),
                "body", null);
    }

    /** Spring's own failures (unknown path, wrong method or media type, …): keep their status, answer in JSON. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        HttpHeaders json = new HttpHeaders();
        json.addAll(headers);
        json.setContentType(MediaType.APPLICATION_JSON);
        return new ResponseEntity<>(ApiError.of(status.value()), json, status);
    }

    /** The API shape of a domain object; nothing rather than the stored object itself when no feature knows it. */
    private Object shown(Object value) {
        return value == null ? null
                : shapes.stream().map(shape -> shape.of(value)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private String message(LocalizedException e, Locale locale) {
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String value) {
                args[i] = quoted(value);
            }
        }
        return i18n.getTranslation(e.messageKey(), supported(locale), args);
    }

    /**
     * A caller's value quoted back in a message (an unknown zone, a missing id): short, and valid Unicode even when
     * what was sent was not, so the error itself can always be written.
     */
    static String quoted(String value) {
        String shown = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "…" : value;
        StringBuilder out = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> out.appendCodePoint(
                Character.isSurrogate((char) c) && Character.charCount(c) == 1 ? 0xFFFD : c));
        return out.toString();
    }

    /** The UI language closest to what the caller asked for (French or English). */
    public static Locale supported(Locale requested) {
        return requested != null && Locale.FRENCH.getLanguage().equals(requested.getLanguage())
                ? Locale.FRENCH : Locale.ENGLISH;
    }

    private static ResponseEntity<Object> body(HttpStatus status, String code, String message, String field,
                                               Object current) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), code, message, field, current));
    }
}
