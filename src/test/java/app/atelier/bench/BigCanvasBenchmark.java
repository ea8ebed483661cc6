package app.atelier.bench;

import app.atelier.support.BrowserSupport;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 3 of the benchmark ("big canvas"), against a running Atelier (see bench/run.sh): a board of N cards is
 * made through the REST API, then a real headless Chromium signs in and opens it; we measure the time until every
 * card is in the canvas. Arguments: base URL, e-mail, password, number of cards.
 */
public final class BigCanvasBenchmark {
    private BigCanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String email = args[1];
        String password = args[2];
        int cards = Integer.parseInt(args[3]);
        BenchApi api = new BenchApi(base, email, password);
        String boardId = api.board("Bench " + cards + " cards", "brand-promise");
        long writeStart = System.nanoTime();
        api.cards(boardId, cards);
        double writeMs = (System.nanoTime() - writeStart) / 1e6;

        List<Long> opens = new ArrayList<>();
        String drag;
        try (Playwright playwright = BrowserSupport.playwright();
             Browser browser = BrowserSupport.chromium(playwright)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
            page.navigate(base + "/login");
            page.locator("#vaadinLoginUsername input").fill(email);
            page.locator("#vaadinLoginPassword input").fill(password);
            page.locator("#vaadinLoginPassword input").press("Enter");
            page.waitForURL(url -> !url.contains("/login"));
            String allShown = "() => document.querySelector('atelier-board')?.shadowRoot"
                    + "?.querySelectorAll('[data-card-id]').length === " + cards;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                page.navigate(base + "/boards/" + boardId);
                page.waitForFunction(allShown, null, new Page.WaitForFunctionOptions().setTimeout(120_000));
                opens.add((System.nanoTime() - start) / 1_000_000);
            }
            drag = dragFrames(page);
        }
        long[] sorted = opens.stream().mapToLong(Long::longValue).sorted().toArray();
        List<String> lines = List.of(
                String.format("big canvas: %d cards written through the API in %.0f ms (%.1f ms per card)", cards,
                        writeMs, writeMs / cards),
                String.format("big canvas: all %d cards shown in Chromium, median %d ms, max %d ms (runs %s)", cards,
                        sorted[sorted.length / 2], sorted[sorted.length - 1], opens),
                "big canvas: " + drag);
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "big-canvas.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    /**
     * Drags one card across its zone in 60 pointer steps (about one second) while the page records its animation
     * frames: a fluid drag keeps frames near 16.7 ms apart.
     */
    private static String dragFrames(Page page) {
        page.evaluate("""
                () => {
                  window.__frames = [];
                  const tick = t => {
                    window.__frames.push(t);
                    if (window.__frames.length < 100000) requestAnimationFrame(tick);
                  };
                  requestAnimationFrame(tick);
                }""");
        var box = page.locator("atelier-board [data-card-id]").first().boundingBox();
        double x = box.x + box.width / 2;
        double y = box.y + box.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        page.evaluate("() => { window.__frames = []; }");
        for (int step = 1; step <= 60; step++) {
            page.mouse().move(x + step * 3, y + step * 2);
            page.waitForTimeout(16);
        }
        page.mouse().up();
        @SuppressWarnings("unchecked")
        List<Number> frames = (List<Number>) page.evaluate("() => window.__frames");
        double worst = 0;
        for (int i = 1; i < frames.size(); i++) {
            worst = Math.max(worst, frames.get(i).doubleValue() - frames.get(i - 1).doubleValue());
        }
        double span = frames.get(frames.size() - 1).doubleValue() - frames.get(0).doubleValue();
        return String.format(java.util.Locale.ROOT, "dragging a card on it: %d frames in %.0f ms (%.0f fps), longest "
                + "frame %.0f ms", frames.size(), span, (frames.size() - 1) * 1000 / span, worst);
    }
}
