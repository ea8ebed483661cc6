package app.atelier.base;

/** The request is well formed but the thing is not in a state that allows it (a capsule sealed twice): HTTP 409. */
public class ConflictException extends LocalizedException {
    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
