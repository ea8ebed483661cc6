package app.atelier.export;

import app.atelier.AtelierApplication;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.decision.PriorityService;
import app.atelier.security.Actor;
import app.atelier.support.People;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Report generation time for boards of 50, 500 and 1,000 cards (a fifth of them agreed, fail sheets with their
 * typed fields). Run with {@code ./mvnw -Pbench -DskipTests test}; prints and writes
 * {@code target/benchmarks/report.txt}. Goal: under 1 s for 500 cards on the 2-core machine.
 */
public final class ReportBenchmark {
    private static final int WARMUP = 3;
    private static final int RUNS = 10;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AtelierApplication.class).run(
                "--server.port=0", "--atelier.data-dir=memory", "--atelier.rate.card-burst=1000000",
                "--spring.main.banner-mode=off", "--logging.level.root=warn")) {
            BoardService boards = app.getBean(BoardService.class);
            PriorityService priorities = app.getBean(PriorityService.class);
            ReportService reports = app.getBean(ReportService.class);
            Actor facilitator = app.getBean(People.class).account("Bench").actor();
            List<String> lines = new ArrayList<>();
            lines.add(String.format("%-7s %10s %10s %10s %8s %6s", "cards", "median ms", "p90 ms", "max ms", "KB", "pages"));
            for (int size : new int[] {50, 500, 1_000}) {
                Board board = board(boards, priorities, facilitator, size);
                for (int i = 0; i < WARMUP; i++) {
                    reports.pdf(facilitator, board.getId(), Locale.FRENCH);
                }
                long[] millis = new long[RUNS];
                byte[] pdf = null;
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    pdf = reports.pdf(facilitator, board.getId(), Locale.FRENCH);
                    millis[i] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(millis);
                int pages = new org.openpdf.text.pdf.PdfReader(pdf).getNumberOfPages();
                lines.add(String.format("%-7d %10d %10d %10d %8d %6d", size, millis[RUNS / 2], millis[RUNS * 9 / 10 - 1],
                        millis[RUNS - 1], pdf.length / 1024, pages));
            }
            lines.add("(" + RUNS + " runs after " + WARMUP + " warm-up, embedded store in memory, "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ")");
            lines.forEach(System.out::println);
            Path out = Path.of("target", "benchmarks", "report.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, lines);
        }
    }

    private static Board board(BoardService boards, PriorityService priorities, Actor facilitator, int size) {
        Board board = boards.createBoard(facilitator, "Banc d’essai « " + size + " cartes »", "mur-des-fails");
        for (int i = 0; i < size; i++) {
            String zone = i % 10 < 6 ? "fails" : i % 10 < 8 ? "patterns" : "golden-rules";
            Map<String, String> fields = zone.equals("fails") ? Map.of("context", "Contexte du fail n°" + i,
                    "impact", "Impact mesuré : −" + (i % 40) + " % de conversion", "lessons", "Leçon apprise n°" + i)
                    : Map.of();
            Card card = boards.addCard(facilitator, board.getId(), new NewCard(zone,
                    "Carte n°" + i + " — un texte de quelques phrases, avec des accents (é, è, à, ç) et « guillemets ».",
                    fields, null, null, null));
            if (i % 5 == 0) {
                priorities.setStatus(facilitator, board.getId(), card.getId(), "agreed");
            }
        }
        return board;
    }

}
