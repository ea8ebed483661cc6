package app.atelier.history;

import app.atelier.base.SpreadsheetText;
import app.atelier.template.BoardTemplate;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/** A board's history as a spreadsheet: one row per change, in the reader's language, no cell read as a formula. */
@Component
public class HistoryCsv {
    private final I18NProvider i18n;

    HistoryCsv(I18NProvider i18n) {
        this.i18n = i18n;
    }

    public String write(List<Change> changes, BoardTemplate template, Locale locale) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(
                Stream.of("seq", "at", "who", "what", "zone", "text").map(h -> t("history.column." + h, locale))
                        .toArray(String[]::new)).get())) {
            for (Change c : changes) {
                csv.printRecord(Stream.of(c.seq(), c.at(), c.who(), t("history.kind." + c.kind().id(), locale),
                        c.zone() == null ? null : t(template.zoneLabelKey(c.zone()), locale), text(c, locale))
                        .map(SpreadsheetText::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out; // the BOM makes spreadsheet programs read the accents as UTF-8
    }

    private String text(Change change, Locale locale) {
        return change.kind() == Change.Kind.PHASE ? t("phase." + change.text(), locale) : change.text();
    }

    private String t(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }
}
