package org.casemark.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages as files, without a browser: every script and stylesheet they load is in the jar (a WebJar's version
 * is the pom's), nothing comes from another host, no inline script or style attribute (the CSP would block it),
 * every form control has a label, and every text colour of the stylesheet meets WCAG AAA contrast (7:1) on the
 * backgrounds it is used on.
 */
class PagesStaticTest {
    static final Path WEB = Path.of("src/main/resources/org/casemark/web");

    static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(WEB)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everythingAPageLoadsIsServedFromTheJar() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Pattern ref = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
        for (Path page : pages()) {
            String html = Files.readString(page);
            Matcher m = ref.matcher(html);
            while (m.find()) {
                String url = m.group(1);
                assertTrue(!url.contains("//"), page + " loads " + url + " from another host");
                if (url.startsWith("/static/")) {
                    assertTrue(Files.exists(WEB.resolve("static").resolve(url.substring(8))), page + ": " + url);
                } else if (url.startsWith("/webjars/")) {
                    String[] parts = url.split("/");   // "", webjars, name, version, ...
                    assertNotNull(getClass().getResource("/META-INF/resources" + url), page + ": " + url);
                    String property = Map.of("chart.js", "chartjs.version", "swagger-ui", "swagger-ui.version").get(parts[2]);
                    assertTrue(pom.contains("<" + property + ">" + parts[3] + "</" + property + ">"),
                            page + ": " + url + " is not the pom's " + property);
                }
            }
            assertTrue(!Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find(), page + ": an inline script");
            assertTrue(!html.contains(" style=") && !html.contains("<style") && !Pattern.compile("\\son[a-z]+=")
                    .matcher(html).find(), page + ": an inline style or handler");
        }
    }

    @Test
    void theReadmeShowsTheLearnerPage() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher image = Pattern.compile("!\\[The learner page[^]]*]\\(([^)]+)\\)").matcher(readme);
        assertTrue(image.find(), "the README has a screenshot of the learner page");
        assertTrue(Files.size(Path.of(image.group(1))) > 10_000, image.group(1));
    }

    @Test
    void everyFormControlHasALabel() throws Exception {
        for (Path page : pages()) {
            String html = Files.readString(page);
            Matcher control = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"([^\"]+)\"").matcher(html);
            while (control.find()) {
                assertTrue(html.contains("for=\"" + control.group(2) + "\""), page + ": #" + control.group(2) + " has no label");
            }
            assertEquals(0, Pattern.compile("<(input|select|textarea)\\b(?![^>]*\\bid=)").matcher(html).results().count(),
                    page + ": a control without an id cannot be labelled");
        }
    }

    @Test
    void textColoursMeetWcagAaaContrast() throws Exception {
        Map<String, String> vars = new HashMap<>();
        Matcher v = Pattern.compile("--([a-z0-9]+):\\s*(#[0-9a-fA-F]{6})").matcher(Files.readString(WEB.resolve("static/style.css")));
        while (v.find()) vars.put(v.group(1), v.group(2));
        List<String> pairs = new ArrayList<>(List.of("ink/paper", "ink/panel", "muted/paper", "muted/panel",
                "accent/paper", "accent/panel", "ok/paper", "warn/paper", "bad/paper", "bad/panel", "#ffffff/accent"));
        for (int i = 0; i < 8; i++) pairs.add("ink/c" + i);   // highlighted learner text
        for (String pair : pairs) {
            String[] fg = pair.split("/");
            double ratio = contrast(colour(fg[0], vars), colour(fg[1], vars));
            assertTrue(ratio >= 7.0, pair + " contrast " + ratio);
        }
    }

    private static String colour(String name, Map<String, String> vars) {
        return name.startsWith("#") ? name : vars.get(name);
    }

    /** WCAG 2.x contrast ratio of two sRGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
