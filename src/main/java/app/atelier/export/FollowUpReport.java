package app.atelier.export;

import app.atelier.action.Action;
import app.atelier.action.ActionStatus;
import app.atelier.export.PdfStyle.Fonts;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

/**
 * The follow-up report: the plan as it was made (what, who, by when) beside what was done (when it was done, on time
 * or how late; what is still open and how late; what was dropped), the tally a leader reads first, then each
 * action's check-ins in order.
 */
@Component
class FollowUpReport {
    private final I18NProvider i18n;
    private final PdfStyle style;

    FollowUpReport(I18NProvider i18n, PdfStyle style) {
        this.i18n = i18n;
        this.style = style;
    }

    /** How one action ended up, measured against its due date on {@code today}. */
    record Outcome(Action action, LocalDate doneOn, LocalDate droppedOn, long daysLate) {
        static Outcome of(Action action, LocalDate today) {
            LocalDate closedOn = closedOn(action);
            LocalDate doneOn = action.status() == ActionStatus.DONE ? closedOn : null;
            LocalDate droppedOn = action.status() == ActionStatus.DROPPED ? closedOn : null;
            LocalDate measuredOn = doneOn != null ? doneOn : today;
            long late = action.status() == ActionStatus.DROPPED ? 0
                    : Math.max(0, ChronoUnit.DAYS.between(action.due(), measuredOn));
            return new Outcome(action, doneOn, droppedOn, late);
        }

        /** The day of the check-in that gave the action its present status (the last time it changed to it). */
        private static LocalDate closedOn(Action action) {
            List<Action.CheckIn> checkIns = action.checkIns();
            Instant at = null;
            for (int i = checkIns.size() - 1; i >= 0 && checkIns.get(i).status() == action.status(); i--) {
                at = checkIns.get(i).at();
            }
            return at == null ? null : LocalDate.ofInstant(at, ZoneId.systemDefault());
        }

        boolean doneOnTime() {
            return doneOn != null && daysLate == 0;
        }
    }

    /** The tally: how many were planned, done on time, done late, still open, open and late, dropped. */
    record Tally(int planned, int doneOnTime, int doneLate, int open, int openLate, int dropped) {
        static Tally of(List<Outcome> outcomes) {
            int onTime = 0;
            int doneLate = 0;
            int open = 0;
            int openLate = 0;
            int dropped = 0;
            for (Outcome o : outcomes) {
                switch (o.action().status()) {
                    case DONE -> {
                        if (o.doneOnTime()) {
                            onTime++;
                        } else {
                            doneLate++;
                        }
                    }
                    case DROPPED -> dropped++;
                    case TO_DO, IN_PROGRESS -> {
                        open++;
                        if (o.daysLate() > 0) {
                            openLate++;
                        }
                    }
                }
            }
            return new Tally(outcomes.size(), onTime, doneLate, open, openLate, dropped);
        }
    }

    /** {@code cards}: the words of the cards the actions carry out, by id (hidden cards left out). */
    byte[] render(String boardTitle, List<Action> plan, Map<String, String> cards, LocalDate today, Locale locale) {
        List<Outcome> outcomes = plan.stream().map(a -> Outcome.of(a, today)).toList();
        Tally tally = Tally.of(outcomes);
        Fonts f = style.fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfStyle.a4();
        try {
            PdfStyle.start(document, out, boardTitle, f, t("pdf.page", locale));
            document.add(new Paragraph(t("followUp.title", locale), f.title()));
            document.add(new Paragraph(boardTitle + " · " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale).format(today), f.muted()));
            document.add(PdfStyle.heading(t("followUp.tally", locale), f));
            document.add(new Paragraph(t("followUp.tally.text", locale, tally.planned(), tally.doneOnTime(),
                    tally.doneLate(), tally.open(), tally.openLate(), tally.dropped()), f.card()));
            long inFollowUps = plan.stream().flatMap(a -> a.checkIns().stream()).filter(Action.CheckIn::followUp)
                    .count();
            document.add(new Paragraph(t("followUp.checkIns", locale, plan.stream()
                    .mapToInt(a -> a.checkIns().size()).sum(), inFollowUps), f.muted()));

            document.add(PdfStyle.heading(t("followUp.planAndDone", locale), f));
            if (plan.isEmpty()) {
                document.add(new Paragraph(t("action.none", locale), f.muted()));
            } else {
                document.add(table(outcomes, cards, f, locale));
            }

            document.add(PdfStyle.heading(t("action.checkIns", locale), f));
            for (Outcome o : outcomes) {
                Action a = o.action();
                document.add(new Paragraph(a.what() + " · " + a.ownerName(), f.label()));
                if (a.checkIns().isEmpty()) {
                    document.add(new Paragraph("—", f.muted()));
                }
                for (Action.CheckIn c : a.checkIns()) {
                    document.add(new Paragraph("• " + date(LocalDate.ofInstant(c.at(), ZoneId.systemDefault()),
                            locale) + " · " + c.by() + " · " + t("action.status." + c.status().id(), locale)
                            + (c.note().isEmpty() ? "" : " · " + c.note())
                            + (c.followUp() ? " · " + t("followUp.inFollowUp", locale) : ""), f.body()));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the follow-up report", e);
        }
        return out.toByteArray();
    }

    private PdfPTable table(List<Outcome> outcomes, Map<String, String> cards, Fonts f, Locale locale) {
        PdfPTable table = new PdfPTable(5);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setWidths(new float[] {3.2f, 1.5f, 1.3f, 2.4f, 2.4f});
        table.setHeaderRows(1);
        for (String header : List.of("action.what", "action.owner", "action.due", "followUp.done", "action.note")) {
            table.addCell(cell(t(header, locale), f, false));
        }
        for (Outcome o : outcomes) {
            Action a = o.action();
            String card = cards.get(a.cardId());
            table.addCell(cell(a.what() + (card == null ? "" : "\n← " + card), f, false));
            table.addCell(cell(a.ownerName(), f, false));
            table.addCell(cell(date(a.due(), locale), f, false));
            table.addCell(cell(outcome(o, locale), f, o.daysLate() > 0));
            table.addCell(cell(a.note().isEmpty() ? "—" : a.note(), f, false));
        }
        return table;
    }

    /** What became of the action, in words (lateness is said, not only shown in bold). */
    private String outcome(Outcome o, Locale locale) {
        Action a = o.action();
        return switch (a.status()) {
            case DONE -> o.doneOn() == null ? t("action.status.done", locale)
                    : o.daysLate() == 0 ? t("followUp.doneOnTime", locale, date(o.doneOn(), locale))
                    : t("followUp.doneLate", locale, date(o.doneOn(), locale), o.daysLate());
            case DROPPED -> o.droppedOn() == null ? t("action.status.dropped", locale)
                    : t("followUp.droppedOn", locale, date(o.droppedOn(), locale));
            case TO_DO, IN_PROGRESS -> t("action.status." + a.status().id(), locale) + (o.daysLate() > 0
                    ? " · " + t("followUp.openLate", locale, o.daysLate()) : "");
        };
    }

    private static PdfPCell cell(String text, Fonts f, boolean stressed) {
        PdfPCell cell = new PdfPCell(new Phrase(text, stressed ? f.label() : f.body()));
        cell.setPadding(4);
        return cell;
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
