package app.atelier.base;

import java.util.Arrays;

/** A failure whose user-facing message is an i18n key plus arguments. */
public abstract class LocalizedException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    protected LocalizedException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
