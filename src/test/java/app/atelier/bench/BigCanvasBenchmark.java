package app.atelier.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenario 3 of the benchmark ("big canvas"), against a running Atelier (see bench/run.sh): a board of N cards is
 * made through the REST API, then a real headless Chromium signs in and opens it; we measure the time until every
 * card is in the canvas. Arguments: base URL, e-mail, password, number of cards.
 */
public final class BigCanvasBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BigCanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String email = args[1];
        String password = args[2];
        int cards = Integer.parseInt(args[3]);
        String token = JSON.readTree(post(base + "/api/auth/token", Map.of("email", email, "password", password),
                null)).get("token").asString();
        String boardId = JSON.readTree(post(base + "/api/boards", Map.of("title", "Bench " + cards + " cards",
                "template", "brand-promise"), token)).get("id").asString();
        String[] zones = {"audience", "insight", "promise", "proofs", "narrative", "tone", "amplifiers"};
        long writeStart = System.nanoTime();
        for (int i = 0; i < cards; i++) {
            post(base + "/api/boards/" + boardId + "/cards", Map.of("zone", zones[i % zones.length],
                    "text", "Carte n°" + i + " — quelques mots, des accents (é, à) et « guillemets »",
                    "x", (i % 40) / 40.0, "y", (i / 40 % 40) / 40.0), token);
        }
        double writeMs = (System.nanoTime() - writeStart) / 1e6;

        List<Long> opens = new ArrayList<>();
        String drag;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--disable-dev-shm-usage")))) {
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

    private static String post(String url, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
