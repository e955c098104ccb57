package org.casemark.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter boundaries of STYLE.md: only the http package imports Javalin; every package has a package-info. */
class ArchitectureTest {
    static final Path MAIN = Path.of("src/main/java/org/casemark");

    @Test
    void onlyTheHttpPackageImportsJavalin() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAIN.resolve("http")))
                    .filter(f -> read(f).contains("import io.javalin"))
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            dirs.filter(Files::isDirectory).filter(d -> {
                try (Stream<Path> l = Files.list(d)) {
                    return l.anyMatch(f -> f.toString().endsWith(".java"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).forEach(d -> assertTrue(Files.exists(d.resolve("package-info.java")), d + " has no package-info.java"));
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
