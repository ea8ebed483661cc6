package app.atelier.export;

import app.atelier.base.SpreadsheetText;
import app.atelier.export.BoardSnapshot.CardSnapshot;
import app.atelier.export.BoardSnapshot.CommentSnapshot;
import app.atelier.export.BoardSnapshot;
import app.atelier.template.BoardTemplate;
import app.atelier.template.TemplateCatalog;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/** The board in the formats people take away: JSON (re-importable), Markdown and CSV, in the board's language. */
@Component
public class BoardFormats {
    private final ObjectMapper json;
    private final TemplateCatalog templates;
    private final I18NProvider i18n;

    BoardFormats(ObjectMapper json, TemplateCatalog templates, I18NProvider i18n) {
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.templates = templates;
        this.i18n = i18n;
    }

    public String json(BoardSnapshot snapshot) {
        return json.writeValueAsString(snapshot);
    }

    public BoardSnapshot readJson(String text) {
        return json.readValue(text, BoardSnapshot.class);
    }

    /** Zone by zone, agreed cards first in priority order, then the others; typed fields, votes, comments. */
    public String markdown(BoardSnapshot snapshot, Locale locale) {
        BoardTemplate template = templates.require(snapshot.template());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(snapshot.title())).append("\n\n");
        md.append("*").append(t("template." + template.id() + ".name", locale)).append("*\n");
        for (var zone : template.zones()) {
            List<CardSnapshot> cards = snapshot.cards().stream().filter(c -> c.zone().equals(zone.id()))
                    .sorted(ORDER).toList();
            md.append("\n## ").append(t(template.zoneLabelKey(zone.id()), locale)).append("\n\n");
            if (cards.isEmpty()) {
                md.append("—\n");
            }
            for (CardSnapshot card : cards) {
                md.append("- ");
                if ("agreed".equals(card.status())) {
                    md.append("**✓ ").append(t("status.agreed", locale)).append("** ");
                } else if ("set-aside".equals(card.status())) {
                    md.append("*").append(t("status.set-aside", locale)).append("* ");
                }
                md.append(oneLine(card.text()));
                if (card.votes() != null && card.votes() > 0) {
                    md.append(" (").append(t("priorities.dots", locale, card.votes())).append(")");
                }
                if (card.author() != null) {
                    md.append(" — ").append(oneLine(card.author()));
                }
                md.append("\n");
                card.fields().forEach((field, value) -> md.append("  - ").append(t(template.fieldLabelKey(field), locale))
                        .append(" : ").append(oneLine(value)).append("\n"));
                if (card.group() != null) {
                    md.append("  - ").append(t("groups.group", locale)).append(" : ").append(oneLine(card.group()))
                            .append("\n");
                }
                for (CommentSnapshot comment : card.comments()) {
                    md.append("  - 💬 ").append(comment.author() == null ? "" : oneLine(comment.author()) + " : ")
                            .append(oneLine(comment.text())).append("\n");
                }
            }
        }
        return md.toString();
    }

    /**
     * One row per card: every column a spreadsheet needs to sort and filter the board. No cell is read as a formula
     * (see {@link #asText}).
     */
    public String csv(BoardSnapshot snapshot) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("ref", "zone", "text",
                "fields", "status", "priority", "votes", "group", "author", "comments", "created").get())) {
            for (CardSnapshot c : snapshot.cards()) {
                csv.printRecord(Stream.of(c.ref(), c.zone(), c.text(), json.writeValueAsString(c.fields()),
                        c.status(), c.priority(), c.votes(), c.group(), c.author(), c.comments().size(),
                        c.createdAt()).map(BoardFormats::asText).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out; // the BOM makes spreadsheet programs read the accents as UTF-8
    }

    /** A cell no spreadsheet runs as a formula (see {@link SpreadsheetText}). */
    static String asText(Object cell) {
        return SpreadsheetText.cell(cell);
    }

    /** Agreed first, then by the facilitator's place, then by dots: the same order as the priority list. */
    private static final Comparator<CardSnapshot> ORDER = Comparator
            .comparing((CardSnapshot c) -> !"agreed".equals(c.status()))
            .thenComparing(c -> c.priority() == null ? Integer.MAX_VALUE : c.priority())
            .thenComparing(c -> -(c.votes() == null ? 0 : c.votes()));

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    /**
     * A person's words stay words: line breaks must not start new list items or headings, and Markdown or HTML
     * syntax in them is escaped (CommonMark backslash escapes), so a renderer shows it as typed.
     */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " / ").replaceAll("([\\\\`*_{}\\[\\]()#+!|<>~])", "\\\\$1");
    }
}
