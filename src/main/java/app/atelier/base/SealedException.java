package app.atelier.base;

/** The board is a sealed time capsule: nothing in it can be read, written or exported until it opens (HTTP 409). */
public class SealedException extends LocalizedException {
    public SealedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
