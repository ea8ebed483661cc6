package app.atelier.bench;

import app.atelier.support.BrowserSupport;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A few real headless Chromium pages on the benchmark board, to measure what a person actually sees: each page
 * notes the wall-clock time of the first animation frame after a benchmark card reached its canvas.
 */
final class BrowserWitness implements AutoCloseable {
    private static final String HOOK = """
            () => {
              window.__seen = {};
              const el = document.querySelector('atelier-board');
              const upsert = el.upsertCard.bind(el);
              el.upsertCard = card => {
                upsert(card);
                const mark = /bench-w\\d+-n\\d+/.exec(card.text || '');
                if (mark) requestAnimationFrame(() => {
                  window.__seen[mark[0]] ??= performance.timeOrigin + performance.now();
                });
              };
            }""";

    private final Playwright playwright;
    private final Browser browser;
    private final List<Page> pages = new ArrayList<>();

    private BrowserWitness(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static BrowserWitness open(String base, String invitePath, int count, int minCards) {
        Playwright playwright = BrowserSupport.playwright();
        Browser browser = BrowserSupport.chromium(playwright);
        BrowserWitness witness = new BrowserWitness(playwright, browser);
        for (int i = 0; i < count; i++) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
            page.navigate(base + invitePath);
            page.locator("#guest-name input").fill("Témoin " + (i + 1));
            page.locator("#guest-join").click();
            page.waitForFunction("() => document.querySelector('atelier-board')?.shadowRoot"
                    + "?.querySelectorAll('[data-card-id]').length >= " + minCards, null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            page.evaluate(HOOK);
            witness.pages.add(page);
        }
        return witness;
    }

    /** Write-to-screen latency at the Chromium pages, for the measured writes that were saved. */
    String report(WriteLog log) {
        List<Long> latencies = new ArrayList<>();
        int expected = 0;
        var saved = log.confirmedWrites();
        for (Page page : pages) {
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) page.evaluate("() => window.__seen");
            for (String mark : saved) {
                expected++;
                Object at = seen.get(mark);
                if (at != null) {
                    latencies.add(Math.round(((Number) at).doubleValue()) - log.write(mark).sentEpochMillis());
                }
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "what a person sees (%d headless Chromium pages on the same board): "
                        + "write to painted frame p50 %d ms, p95 %d ms, max %d ms; %d of %d updates shown",
                pages.size(), WriteLog.percentile(sorted, 50), WriteLog.percentile(sorted, 95),
                WriteLog.percentile(sorted, 100), sorted.length, expected);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
