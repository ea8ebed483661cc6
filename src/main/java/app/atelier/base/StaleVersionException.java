package app.atelier.base;

/** A conditional write named a version that is no longer current; {@code current} is what is stored now. */
public class StaleVersionException extends LocalizedException {
    private final transient Object current;

    public StaleVersionException(String messageKey, Object current, Object... args) {
        super(messageKey, args);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
