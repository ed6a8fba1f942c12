package cn.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crawls the public site and the console (as {@code admin}), in Chinese and in English, and fails
 * on anything a person should never read: a raw message key ({@code requests.state.X}), Thymeleaf's
 * {@code ??key??}, an enum code ({@code AWAITING_CORRECTION}, {@code IN_FORCE}) or a year or id
 * printed with a thousands separator ({@code 2,026年度}). Visible text = the title, the body's
 * text and the attributes a person hears or sees (placeholder, aria-label, title, alt, value of
 * buttons), except verbatim identifiers marked up as {@code <code>} (audit records, rule ids).
 * Every page also has exactly one {@code <head>}.
 */
@WebTest
class VisibleTextWebTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern MESSAGE_KEY = Pattern.compile(
            "\\b(platform|organization|calendar|obligations|catalog|publishing|search|portal|requests)\\.[a-zA-Z]+(\\.[a-zA-Z0-9_]+)*");
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern SNAKE_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");
    /**
     * A year or an id with a thousands separator ("2,026年度", "义务 #1,234", "in 2,026"); counts and
     * durations ("找到 12,345 条", "1,153 毫秒") may be grouped.
     */
    private static final Pattern GROUPED = Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(,\\d{3})+(?=\\s*[年号期])|(#|第|编号|No\\.\\s?|ID\\s?|\\bin\\s|\\byear\\s)\\d{1,3}(,\\d{3})+(?![\\d])");
    private static final Pattern HEAD = Pattern.compile("<head[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\b[A-Z]{3,}\\b");
    private static final Set<String> SKIPPED = Set.of(".pdf", ".csv", ".xlsx", ".docx", ".rss", ".atom", ".xml",
            ".json", ".jsonld", ".ico", ".txt", ".css", ".js", ".png");
    private static final int PER_SHAPE = 3;
    private static final int PER_PARENT = 20;
    private static final int MAX_PAGES = 220;

    /** Single-word enum constants of the application (AWAITING, REPLIED, DRAFT…), found on the class path. */
    private static final Set<String> ENUM_WORDS = enumWords();

    @LocalServerPort
    int port;

    String base;
    String trackingCode;

    @BeforeEach
    void aRequestAwaitsItsCorrection() throws Exception {
        base = "http://localhost:" + port;
        if (trackingCode != null) {
            return;
        }
        ApiClient anonymous = new ApiClient(port);
        ApiClient.Response applied = anonymous.post("/api/v1/public/requests", JSON.writeValueAsString(Map.of(
                "applicantType", "NATURAL_PERSON", "name", "张三", "idNumber", "11010519491231002X",
                "phone", "13800138000", "organ", "sat", "description", "2025年度本机关政府信息公开工作年度报告的编制说明",
                "form", "ELECTRONIC", "delivery", "ONLINE")));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        trackingCode = applied.json().get("trackingCode").asString();
        ApiClient office = new ApiClient(port).as("sat-office");
        long id = -1;
        for (JsonNode row : office.get("/api/v1/requests?state=ALL").json().get("rows")) {
            if (row.get("trackingCode").asString().equals(trackingCode)) {
                id = row.get("id").asLong();
            }
        }
        ApiClient.Response notice = office.post("/api/v1/requests/" + id + "/correction-notice",
                JSON.writeValueAsString(Map.of("items", "请写明所需年报的年度", "days", 10)));
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
    }

    @Test
    void thePublicSiteShowsNoMessageKeyEnumCodeOrGroupedYearInChinese() {
        assertThat(crawl(publicClient(null), publicStarts())).isEmpty();
    }

    @Test
    void thePublicSiteShowsNoMessageKeyEnumCodeOrGroupedYearInEnglish() {
        assertThat(crawl(publicClient("en"), publicStarts())).isEmpty();
    }

    @Test
    void theConsoleShowsNoMessageKeyEnumCodeOrGroupedYearInChinese() throws Exception {
        assertThat(crawl(console(null), consoleStarts())).isEmpty();
    }

    @Test
    void theConsoleShowsNoMessageKeyEnumCodeOrGroupedYearInEnglish() throws Exception {
        assertThat(crawl(console("en"), consoleStarts())).isEmpty();
    }

    List<String> publicStarts() {
        String plain = trackingCode.replace("-", "");
        return List.of("/", "/openness", "/requests/new", "/requests/track", "/requests/track/" + plain,
                "/requests/receipt/" + plain, "/search?q=" + URLEncoder.encode("政务公开", StandardCharsets.UTF_8),
                "/sites/guangdong/", "/sites/guangdong/catalog", "/records?validity=NOPE", "/catalog/99.99");
    }

    static List<String> consoleStarts() {
        return List.of("/console", "/console/requests", "/console/requests/statistics", "/console/obligations",
                "/console/obligations/ledger", "/console/records");
    }

    HttpClient publicClient(String lang) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        if (lang != null) {
            fetch(http, "/?lang=" + lang);
        }
        return http;
    }

    HttpClient console(String lang) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(fetch(http, "/login").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode(ApiClient.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        if (lang != null) {
            fetch(http, "/console?lang=" + lang);
        }
        return http;
    }

    /** Breadth-first over same-site links, at most {@value #PER_SHAPE} pages per path shape; findings per page. */
    List<String> crawl(HttpClient http, List<String> starts) {
        Deque<String> queue = new ArrayDeque<>(starts);
        Set<String> seen = new LinkedHashSet<>(starts);
        Map<String, Integer> shapes = new HashMap<>();
        List<String> findings = new ArrayList<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String path = queue.poll();
            HttpResponse<String> r = fetch(http, path);
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            pages++;
            Matcher heads = HEAD.matcher(r.body());
            int count = 0;
            while (heads.find()) {
                count++;
            }
            if (count != 1) {
                findings.add(path + " → " + count + " <head> elements");
            }
            Document page = Jsoup.parse(r.body(), base + path);
            for (String problem : problems(visibleText(page))) {
                findings.add(path + " → " + problem);
            }
            for (Element a : page.select("a[href]")) {
                String href = a.attr("href");
                if (!href.startsWith("/") || href.startsWith("//") || skipped(href)) {
                    continue;
                }
                String link = href.replaceAll("#.*", "").replaceAll("([?&])lang=[^&]*&?", "$1").replaceAll("[?&]$", "");
                if (link.isEmpty() || seen.contains(link)) {
                    continue;
                }
                // one organ's site stands for all; numbers (ids, pages) and query values do not make a new kind of page
                String path0 = link.replaceAll("\\?.*", "");
                String shape = path0.replaceAll("^/sites/[^/]+", "/sites/*").replaceAll("\\d+", "9")
                        + link.replaceAll("^[^?]*", "").replaceAll("=[^&]*", "");
                String parent = path0.replaceAll("^/sites/[^/]+", "/sites/*").replaceAll("/[^/]*/?$", "");
                if (shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE && shapes.merge(parent + "/*", 1, Integer::sum) <= PER_PARENT) {
                    seen.add(link);
                    queue.add(link);
                }
            }
        }
        assertThat(pages).as("pages crawled").isGreaterThan(starts.size());
        System.out.println("VisibleTextWebTests crawled " + pages + " pages: " + seen);
        return findings;
    }

    static boolean skipped(String href) {
        String path = href.replaceAll("[?#].*", "");
        return href.startsWith("/logout") || href.startsWith("/api/") || href.startsWith("/v3/")
                || href.startsWith("/swagger") || href.startsWith("/actuator") || path.contains("/files/")
                || path.contains("/attachments/") || SKIPPED.stream().anyMatch(path::endsWith);
    }

    static String visibleText(Document page) {
        // code elements hold verbatim identifiers a person looks up or copies (audit actions and details,
        // rule ids in the rulebook): they are shown as code on purpose, so they are not prose
        page.select("script, style, template, code").remove();
        StringBuilder text = new StringBuilder(page.title()).append('\n').append(page.body().text());
        for (Element e : page.select("[placeholder], [aria-label], [title], img[alt], button[value], input[type=submit][value]")) {
            for (String name : List.of("placeholder", "aria-label", "title", "alt")) {
                if (e.hasAttr(name)) {
                    text.append('\n').append(e.attr(name));
                }
            }
        }
        return text.toString();
    }

    static Set<String> problems(String text) {
        Set<String> out = new TreeSet<>();
        find(MESSAGE_KEY, text, "message key", out);
        find(UNRESOLVED, text, "unresolved message", out);
        find(SNAKE_CODE, text, "enum code", out);
        find(GROUPED, text, "year or id with a thousands separator", out);
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (ENUM_WORDS.contains(words.group())) {
                out.add("enum code '" + context(text, words.start(), words.end()) + "'");
            }
        }
        return out;
    }

    private static void find(Pattern pattern, String text, String what, Set<String> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(what + " '" + context(text, m.start(), m.end()) + "'");
        }
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 20), Math.min(text.length(), end + 20)).replace('\n', ' ');
    }

    HttpResponse<String> fetch(HttpClient http, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static Set<String> enumWords() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
                return true;
            }
        };
        scan.addIncludeFilter((reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
        Set<String> words = new TreeSet<>();
        scan.findCandidateComponents("cn.gongkai").forEach(bean -> {
            try {
                for (Object constant : Class.forName(bean.getBeanClassName()).getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    if (name.length() >= 3 && !name.contains("_")) {
                        words.add(name);
                    }
                }
            }
            catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        // abbreviations a page rightly shows as they are (file formats, the State Taxation Administration)
        words.removeAll(Set.of("PDF", "CSV", "XLSX", "DOCX", "JSON", "RSS", "ATOM", "SAT", "API", "HTML", "TXT"));
        return words;
    }
}
