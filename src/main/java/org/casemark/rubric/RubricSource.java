package org.casemark.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds rubric files: the ones bundled in the jar under {@code rubrics/} (the embedded defaults) or the ones in a
 * directory the caller names. A rubric file is a {@code .yaml} file with a top-level {@code components:} key;
 * other YAML files there (quizzes) are left alone. Loaded in file-name order.
 */
public final class RubricSource {
    private static final Pattern RUBRIC = Pattern.compile("(?m)^components:");

    private RubricSource() {
    }

    public static List<Rubric> bundled() {
        TreeMap<String, String> files = new TreeMap<>();
        try {
            Path location = Path.of(RubricSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return directory(location.resolve("rubrics"), "rubrics/");
            }
            try (ZipFile jar = new ZipFile(location.toFile())) {
                for (ZipEntry e : java.util.Collections.list(jar.entries())) {
                    String name = e.getName();
                    if (name.startsWith("rubrics/") && name.endsWith(".yaml") && name.indexOf('/', 8) < 0) {
                        files.put(name, read(jar.getInputStream(e)));
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new RubricException("cannot list the bundled rubrics: " + e.getMessage());
        }
        List<Rubric> out = new ArrayList<>();
        files.forEach((name, text) -> {
            if (RUBRIC.matcher(text).find()) out.add(RubricLoader.load(name, text, sibling -> classpath("rubrics/" + sibling)));
        });
        return out;
    }

    /** Every rubric file in {@code dir}; errors name files as {@code prefix + file name}. */
    public static List<Rubric> directory(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) throw new RubricException(dir + ": not a directory");
        List<Rubric> found = directoryFiles(dir, prefix);
        if (found.isEmpty()) throw new RubricException(dir + ": no rubric file (a .yaml file with 'components:')");
        return found;
    }

    private static List<Rubric> directoryFiles(Path dir, String prefix) {
        List<Rubric> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (!RUBRIC.matcher(text).find()) continue;
                out.add(RubricLoader.load(prefix + p.getFileName(), text, sibling -> {
                    try {
                        return Files.readString(dir.resolve(sibling), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
        } catch (IOException e) {
            throw new RubricException(dir + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    private static String classpath(String name) {
        try (InputStream in = RubricSource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("not found");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
