package app.atelier.export;

import app.atelier.export.BoardSnapshot.CardSnapshot;
import app.atelier.export.PdfStyle.Fonts;
import app.atelier.template.BoardTemplate;
import app.atelier.template.TemplateCatalog;
import app.atelier.template.ZoneDefinition;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The decision report a leader sends to the board of directors: the agreed cards zone by zone in priority order,
 * with votes, typed fields, groups and evidence, then the other cards in an appendix. Vector text in an embedded
 * Unicode font (Liberation Sans), a header with the board's title, page numbers, and no card split across pages
 * unless it is longer than one.
 */
@Component
public class PdfReport {
    private final TemplateCatalog templates;
    private final I18NProvider i18n;
    private final PdfStyle style;

    PdfReport(TemplateCatalog templates, I18NProvider i18n, PdfStyle style) {
        this.templates = templates;
        this.i18n = i18n;
        this.style = style;
    }

    /** What the features built on the board add to its report: a jury's results, a capsule's verdicts, the plan. */
    record Extras(ResultsTable.Results results, ComparisonTable.Comparison comparison, ActionPlanTable.Plan plan) {
        static final Extras NONE = new Extras(ResultsTable.Results.NONE, ComparisonTable.Comparison.NONE,
                ActionPlanTable.Plan.NONE);
    }

    /** Who ran and attended the session, for the report's first page (names are left out when anonymous). */
    public record Attendance(List<String> facilitators, List<String> participants) {
    }

    /**
     * The report; a jury's results (a hackathon) and an opened time capsule's predictions beside reality, if any,
     * come after the agreed strategy.
     */
    byte[] render(BoardSnapshot snapshot, Attendance attendance, Extras extras, Locale locale) {
        ResultsTable.Results results = extras.results();
        ComparisonTable.Comparison comparison = extras.comparison();
        BoardTemplate template = templates.require(snapshot.template());
        Fonts f = style.fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfStyle.a4();
        try {
            PdfWriter writer = PdfStyle.start(document, out, snapshot.title(), f, t("pdf.page", locale));
            document.add(new Paragraph(snapshot.title(), f.title()));
            document.add(new Paragraph(t(template.nameKey(), locale) + " · " + DateTimeFormatter
                    .ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneId.systemDefault())
                    .format(snapshot.exportedAt()), f.muted()));
            if (!snapshot.anonymous()) {
                document.add(PdfStyle.line(t("pdf.facilitators", locale) + t("pdf.colon", locale),
                        String.join(", ", attendance.facilitators()), f));
                document.add(PdfStyle.line(t("pdf.participants", locale) + t("pdf.colon", locale),
                        attendance.participants().isEmpty() ? "—" : String.join(", ", attendance.participants()), f));
            }
            summary(document, writer, snapshot, extras.plan(), f, locale);
            Map<String, CardSnapshot> byRef = snapshot.cards().stream()
                    .collect(Collectors.toMap(CardSnapshot::ref, Function.identity(), (a, b) -> a, LinkedHashMap::new));

            document.add(PdfStyle.heading(t("pdf.agreed", locale), f));
            boolean anyAgreed = false;
            for (ZoneDefinition zone : template.zones()) {
                List<CardSnapshot> agreed = snapshot.cards().stream()
                        .filter(c -> c.zone().equals(zone.id()) && "agreed".equals(c.status())).sorted(ORDER).toList();
                if (agreed.isEmpty()) {
                    continue;
                }
                anyAgreed = true;
                document.add(new Paragraph(t(template.zoneLabelKey(zone.id()), locale), f.zone()));
                int rank = 1;
                for (CardSnapshot card : agreed) {
                    document.add(card(rank++ + ". ", card, template, byRef, f, locale, true));
                }
            }
            if (!anyAgreed) {
                document.add(new Paragraph(t("pdf.nothingAgreed", locale), f.muted()));
            }

            if (!results.rows().isEmpty()) {
                document.add(PdfStyle.heading(t("jury.results", locale), f));
                document.add(ResultsTable.of(results, List.of(t("jury.card", locale), t("jury.total", locale),
                        t("jury.jurors", locale)), f.label(), f.body(), locale));
            }

            if (!comparison.rows().isEmpty()) {
                document.add(PdfStyle.heading(t("capsule.comparison", locale), f));
                document.add(new Paragraph(comparison.tally(), f.muted()));
                document.add(ComparisonTable.of(comparison, List.of(t("capsule.prediction", locale),
                        t("capsule.happened", locale), t("capsule.verdict", locale)), f.label(), f.body()));
            }

            if (!extras.plan().rows().isEmpty()) {
                document.add(PdfStyle.heading(t("pdf.plan", locale), f));
                document.add(new Paragraph(tally(extras.plan(), locale), f.muted()));
                document.add(ActionPlanTable.of(extras.plan(), List.of(t("action.what", locale),
                        t("action.owner", locale), t("action.due", locale), t("action.status", locale),
                        t("action.note", locale)), t("action.late", locale), f.label(), f.body()));
            }

            Map<String, List<CardSnapshot>> groups = snapshot.cards().stream().filter(c -> c.group() != null)
                    .collect(Collectors.groupingBy(CardSnapshot::group, LinkedHashMap::new, Collectors.toList()));
            if (!groups.isEmpty()) {
                document.add(PdfStyle.heading(t("pdf.groups", locale), f));
                for (var group : groups.entrySet()) {
                    document.add(new Paragraph(group.getKey(), f.zone()));
                    for (CardSnapshot card : group.getValue()) {
                        document.add(new Paragraph("• " + card.text(), f.body()));
                    }
                }
            }

            List<CardSnapshot> others = snapshot.cards().stream().filter(c -> !"agreed".equals(c.status())).toList();
            document.add(PdfStyle.heading(t("pdf.appendix", locale), f));
            if (others.isEmpty()) {
                document.add(new Paragraph("—", f.muted()));
            }
            for (ZoneDefinition zone : template.zones()) {
                List<CardSnapshot> inZone = others.stream().filter(c -> c.zone().equals(zone.id())).sorted(ORDER)
                        .toList();
                if (!inZone.isEmpty()) {
                    document.add(new Paragraph(t(template.zoneLabelKey(zone.id()), locale), f.zone()));
                    for (CardSnapshot card : inZone) {
                        document.add(card("", card, template, byRef, f, locale, false));
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the report", e);
        }
        return out.toByteArray();
    }

    /**
     * The page a leader reads first: what was agreed (the first few), how the plan stands, and the vote as a chart;
     * the details follow from the next page.
     */
    private void summary(Document document, PdfWriter writer, BoardSnapshot snapshot, ActionPlanTable.Plan plan,
                         Fonts f, Locale locale) throws DocumentException {
        document.add(PdfStyle.heading(t("pdf.summary", locale), f));
        List<CardSnapshot> agreed = snapshot.cards().stream().filter(c -> "agreed".equals(c.status())).sorted(ORDER)
                .toList();
        document.add(new Paragraph(t("pdf.summary.agreed", locale, agreed.size()), f.card()));
        agreed.stream().limit(5).forEach(c -> document.add(new Paragraph("• " + c.text(), f.body())));
        if (!plan.rows().isEmpty()) {
            document.add(new Paragraph(tally(plan, locale), f.card()));
        }
        VoteChart.of(snapshot.cards(), t("pdf.chart.title", locale), t("pdf.chart.axis", locale),
                writer.getDirectContent(), document.right() - document.left()).ifPresent(chart -> {
                    chart.setSpacingBefore(10);
                    document.add(chart);
                });
        document.newPage();
    }

    /** How the plan stands against what was done. */
    private String tally(ActionPlanTable.Plan plan, Locale locale) {
        return t("pdf.plan.tally", locale, plan.total(), plan.done(), plan.inProgress(), plan.toDo(), plan.dropped(),
                plan.late());
    }

    /** One card as a single-cell table kept on one page (it splits only when longer than a page). */
    private PdfPTable card(String prefix, CardSnapshot card, BoardTemplate template, Map<String, CardSnapshot> byRef,
                           Fonts f, Locale locale, boolean agreed) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(8);
        cell.setBorderColor(agreed ? PdfStyle.AGREED : PdfStyle.MUTED);
        Paragraph text = new Paragraph(prefix + card.text(), f.card());
        cell.addElement(text);
        StringBuilder meta = new StringBuilder();
        if (card.votes() != null && card.votes() > 0) {
            meta.append(t("priorities.dots", locale, card.votes()));
        }
        if ("set-aside".equals(card.status())) {
            meta.append(meta.isEmpty() ? "" : " · ").append(t("status.set-aside", locale));
        }
        if (card.author() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append(card.author());
        }
        if (card.group() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append(t("groups.group", locale)).append(t("pdf.colon", locale))
                    .append(card.group());
        }
        if (!meta.isEmpty()) {
            cell.addElement(new Paragraph(meta.toString(), f.muted()));
        }
        card.fields().forEach((field, value) -> {
            Paragraph p = new Paragraph();
            p.add(new Chunk(t(template.fieldLabelKey(field), locale) + t("pdf.colon", locale), f.label()));
            p.add(new Chunk(value, f.body()));
            cell.addElement(p);
        });
        if (card.evidence() != null && !card.evidence().isEmpty()) {
            cell.addElement(new Paragraph(t("groups.evidence", locale) + t("pdf.colon", locale).stripTrailing(),
                    f.label()));
            card.evidence().stream().map(byRef::get).filter(java.util.Objects::nonNull)
                    .forEach(e -> cell.addElement(new Paragraph("• " + e.text(), f.body())));
        }
        card.images().forEach(image -> ReportImages.visual(image).ifPresent(cell::addElement));
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        // Keep a card on one page; one longer than about a page would only leave a blank page behind, so it flows.
        int length = card.text().length() + card.fields().values().stream().mapToInt(String::length).sum();
        table.setKeepTogether(length < 2_500);
        table.addCell(cell);
        return table;
    }

    private static final Comparator<CardSnapshot> ORDER = Comparator
            .comparing((CardSnapshot c) -> c.priority() == null ? Integer.MAX_VALUE : c.priority())
            .thenComparing(c -> -(c.votes() == null ? 0 : c.votes()));

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
