package app.atelier.base;

/**
 * OWASP's defence against CSV injection, for every CSV Atelier writes: a cell that starts with {@code = + - @}, a tab
 * or a carriage return, or with one of {@code = + - @} after blanks, gets a leading {@code '} so a spreadsheet shows
 * it as text instead of running it as a formula ({@code =HYPERLINK(…)}). The rest of the cell is kept as it is.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    public static String cell(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        String start = text.stripLeading();
        boolean formula = text.startsWith("\t") || text.startsWith("\r")
                || (!start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0);
        return formula ? "'" + text : text;
    }
}
