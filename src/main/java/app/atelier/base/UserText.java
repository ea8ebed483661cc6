package app.atelier.base;

/**
 * Every string a person types goes through here before it is stored, so what is acknowledged is exactly what is
 * kept: valid Unicode only, no control characters or disguising bidirectional overrides, trimmed, and measured in
 * characters (code points) as a person counts them, not in UTF-16 units.
 */
public final class UserText {
    private UserText() {
    }

    /**
     * The one rule for a text a person must give: cleaned, with at least one visible character, at most {@code max}
     * characters. Messages: {@code requiredKey} (argument {@code max}) and {@code tooLongKey} (argument {@code max}).
     */
    public static String required(String field, String value, int max, String requiredKey, String tooLongKey) {
        String clean = optional(field, value, max, tooLongKey);
        if (clean.isEmpty()) {
            throw new InvalidInputException(field, requiredKey, max);
        }
        return clean;
    }

    /** Like {@link #required} but a missing or invisible text is {@code ""} (a field left empty). */
    public static String optional(String field, String value, int max, String tooLongKey) {
        String clean = value == null ? "" : clean(field, value);
        if (isBlank(clean)) {
            return "";
        }
        if (length(clean) > max) {
            throw new InvalidInputException(field, tooLongKey, max);
        }
        return clean;
    }

    /**
     * Removes control characters (keeping line feeds and tabs, which notes need; a CR-LF becomes a line feed) and
     * the Unicode bidirectional overrides that can disguise text; trims the ends. {@code null} stays {@code null}.
     * A lone surrogate is refused: the store would keep U+FFFD instead of what was sent.
     */
    public static String clean(String field, String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isSurrogate((char) c) && Character.charCount(c) == 1) {
                throw new InvalidInputException(field, "error.text.encoding");
            }
            boolean kept = c == '\n' || c == '\t' || !(Character.isISOControl(c) || isBidiOverride(c));
            if (kept) {
                out.appendCodePoint(c);
            }
        }
        return out.toString().strip();
    }

    /** {@link #clean(String, String)} for a field called {@code text}. */
    public static String clean(String value) {
        return clean("text", value);
    }

    /** Characters as a person counts them: an emoji is one, not two UTF-16 units. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Nothing visible: only white space and invisible format characters (zero-width spaces and joiners, the byte
     * order mark, word joiners).
     */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.isISOControl(c));
    }

    private static boolean isBidiOverride(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
