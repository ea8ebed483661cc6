package app.atelier.base;

/** The caller may see the thing but not do this to it (an observer adding a card, a participant editing another's). */
public class ForbiddenException extends LocalizedException {
    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
