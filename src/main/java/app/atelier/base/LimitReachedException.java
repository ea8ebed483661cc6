package app.atelier.base;

/** Something would pass a fixed limit (20 active API tokens, …) until the caller frees a place: HTTP 409. */
public class LimitReachedException extends LocalizedException {
    public LimitReachedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
