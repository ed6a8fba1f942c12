package cn.gongkai.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core (the webjar on the test classpath) run on the page a browser shows. */
public final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    /** The serious and critical WCAG 2.1 A/AA violations on the current page, as "rule: targets". */
    @SuppressWarnings("unchecked")
    public static List<String> violations(ChromeDriver browser) {
        browser.executeScript(SCRIPT);
        return (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
