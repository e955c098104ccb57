package org.casemark.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web pages: plain HTML, CSS and JavaScript modules from {@code org/casemark/web} in the jar (no front-end
 * build), the libraries they use (Chart.js, Swagger UI) from WebJars at {@code /webjars/}, nothing from elsewhere.
 * Each page is a route of its own; its scripts call the same JSON API as any client.
 */
final class Pages {
    static final String ROOT = "/org/casemark/web";
    /** Page path and the file that is that page. */
    static final Map<String, String> PAGES = Map.of(
            "/", "learner.html",
            "/quiz", "quiz.html",
            "/instructor", "instructor.html",
            "/instructor/submission", "submission.html",
            "/instructor/review", "review.html",
            "/docs", "docs.html");

    private Pages() {
    }

    static void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = ROOT + "/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
        PAGES.forEach((path, file) -> {
            byte[] html = read(ROOT + "/" + file);
            config.routes.get(path, ctx -> page(ctx, html));
        });
    }

    private static void page(Context ctx, byte[] html) {
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200).contentType("text/html; charset=utf-8").result(html);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Pages.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
