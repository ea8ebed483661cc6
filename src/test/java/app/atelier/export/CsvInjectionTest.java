package app.atelier.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.export.BoardSnapshot;
import app.atelier.export.BoardSnapshot.CardSnapshot;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** OWASP's CSV injection: a cell a spreadsheet would read as a formula is exported as text. */
@SpringBootTest
class CsvInjectionTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BoardFormats formats;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", " =1",
            " \t@x", "\n-2"})
    void aCellThatWouldBeAFormulaGetsTheNeutralisingQuote(String formula) throws Exception {
        CSVRecord row = export(formula);

        for (String column : List.of("text", "group", "author")) {
            assertThat(row.get(column)).as(column).isEqualTo("'" + formula);
        }
        assertThat(row.get("fields")).as("a JSON object is no formula").startsWith("{");
        assertThat(impact(row)).isEqualTo(formula);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Salon vide", "12 k€ = 4 leads", "a-b", "mail@example.org", "« 2026 »", "'déjà'"})
    void ordinaryTextIsUnchanged(String text) throws Exception {
        CSVRecord row = export(text);

        assertThat(row.get("text")).isEqualTo(text);
        assertThat(row.get("group")).isEqualTo(text);
        assertThat(row.get("author")).isEqualTo(text);
        assertThat(impact(row)).isEqualTo(text);
        assertThat(row.get("created")).isEqualTo("2026-01-05T09:00:00Z");
    }

    private static String impact(CSVRecord row) {
        return JSON.readTree(row.get("fields")).get("impact").asString();
    }

    /** One card carrying {@code value} as its text, group, author and only field value. */
    private CSVRecord export(String value) throws Exception {
        CardSnapshot card = new CardSnapshot("c1", "fails", value, Map.of("impact", value), "pink", 0.0, 0.0,
                value, null, null, 0, value, List.of(), List.of(), Instant.parse("2026-01-05T09:00:00Z"));
        String csv = formats.csv(new BoardSnapshot(BoardSnapshot.FORMAT, "Mur", "mur-des-fails", "fr", "write",
                false, Instant.now(), List.of(card)));
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords().getFirst();
    }
}
