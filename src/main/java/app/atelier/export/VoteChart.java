package app.atelier.export;

import app.atelier.export.BoardSnapshot.CardSnapshot;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * The vote's results as a bar chart (JFreeChart), drawn straight into the PDF as vector graphics: sharp at any zoom,
 * its labels real text. The cards with the most dots, most first.
 */
final class VoteChart {
    static final int MOST = 10;
    private static final int LABEL = 48;

    private VoteChart() {
    }

    /** The chart, or nothing if no card has a dot. */
    static Optional<Image> of(List<CardSnapshot> cards, String title, String axis, PdfContentByte canvas,
                              float width) {
        List<CardSnapshot> voted = cards.stream().filter(c -> c.votes() != null && c.votes() > 0)
                .sorted(Comparator.comparing(CardSnapshot::votes).reversed()).limit(MOST).toList();
        if (voted.isEmpty()) {
            return Optional.empty();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CardSnapshot card : voted) {
            data.addValue(card.votes(), axis, label(card));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.HORIZONTAL, false,
                false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x2e, 0x7d, 0x32));
        float height = 60 + 22f * voted.size();
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        try {
            return Optional.of(Image.getInstance(template));
        } catch (BadElementException e) {
            throw new IllegalStateException("Could not place the vote chart", e);
        }
    }

    private static String label(CardSnapshot card) {
        String text = card.text().replace('\n', ' ');
        // a category is a key: two cards with the same words must stay two bars
        return (text.length() > LABEL ? text.substring(0, LABEL - 1) + "…" : text) + " (" + card.ref() + ")";
    }
}
