package org.casemark.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The engine version every grade records: casemark's release ({@code engine.properties}) plus the first 8 hex digits
 * of the SHA-256 of the compiled grading code (the classes of {@link #PACKAGES}, in name order). A change to how
 * write-ups are graded changes the version, as an edit to a rubric changes {@code rubric_version}: same rubric version,
 * same engine version and same text give the same grade.
 */
public final class EngineVersion {
    /** The packages whose code decides a grade. */
    static final List<String> PACKAGES = List.of("org/casemark/core/", "org/casemark/nlp/", "org/casemark/rubric/",
            "org/casemark/quiz/", "org/casemark/json/");
    private static volatile String cached;

    private EngineVersion() {
    }

    /** The release, "+", and the grading code's digest ("0.1.0+5e1f0c2a"). */
    public static String get() {
        String v = cached;
        if (v == null) cached = v = release() + "+" + codeDigest();
        return v;
    }

    static String release() {
        Properties p = new Properties();
        try (InputStream in = EngineVersion.class.getResourceAsStream("/org/casemark/engine.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("engine.version", "dev");
    }

    /** Reads one class file by its name. */
    private interface Source {
        byte[] read(String name) throws IOException;
    }

    private static String codeDigest() {
        try {
            Path where = Path.of(EngineVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    files.filter(Files::isRegularFile).forEach(f -> names.add(where.relativize(f).toString().replace('\\', '/')));
                }
                return digest(names, n -> Files.readAllBytes(where.resolve(n)));
            }
            try (JarFile jar = new JarFile(where.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName).forEach(names::add);
                return digest(names, n -> {
                    try (InputStream in = jar.getInputStream(jar.getEntry(n))) {
                        return in.readAllBytes();
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first 8 hex digits of the SHA-256 over the grading classes among {@code names}, name and bytes, in name order. */
    private static String digest(List<String> names, Source source) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<String> graded = new ArrayList<>(names.stream().filter(EngineVersion::graded).toList());
        Collections.sort(graded);
        for (String n : graded) {
            sha.update(n.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(source.read(n));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
    }

    private static boolean graded(String name) {
        if (!name.endsWith(".class")) return false;
        for (String p : PACKAGES) if (name.startsWith(p)) return true;
        return false;
    }
}
