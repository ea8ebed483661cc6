package app.atelier.base;

/** Every string a person types goes through here before it is stored: trimmed, without control characters. */
public final class UserText {
    private UserText() {
    }

    /**
     * Removes control characters (keeping line feeds and tabs, which notes need; a CR-LF becomes a line feed) and
     * the Unicode bidirectional overrides that can disguise text; trims the ends. {@code null} stays {@code null}.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            boolean kept = c == '\n' || c == '\t' || !(Character.isISOControl(c) || isBidiOverride(c));
            if (kept) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().strip();
    }

    private static boolean isBidiOverride(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
