package org.casemark.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A batch's input read into items: a CSV, a JSONL file, a folder, a ZIP (Canvas, Moodle or plain files inside), or
 * one document. {@code sha256} identifies the input (the bytes of a file; the names and contents of a folder's or
 * archive's files), so the same input handed over twice is recognised. {@code skipped} says, one line each, what was left
 * out (links, hidden files, a learner's second file that could not be read).
 */
public record BatchInput(String name, String sha256, String format, Layout layout, List<BatchItem> items,
                         List<String> skipped) {
    public BatchInput {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
    }

    /** Reads a file or folder from disk. */
    public static BatchInput read(Path path, CsvColumns columns, ZipLimits limits) {
        String name = path.toString();
        if (Files.isDirectory(path)) return folder(path, limits);
        try {
            return of(name, Files.readAllBytes(path), columns, limits);
        } catch (NoSuchFileException e) {
            throw new BadInput(name + ": no such file or folder");
        } catch (IOException e) {
            throw new BadInput(name + ": cannot read: " + e.getMessage());
        }
    }

    /** Reads an uploaded or loaded file, by its name's extension. */
    public static BatchInput of(String name, byte[] bytes, CsvColumns columns, ZipLimits limits) {
        String ext = DocumentText.extension(name);
        String sha = hex(digest(bytes));
        return switch (ext) {
            case "csv" -> new BatchInput(name, sha, "csv", Layout.FILES, CsvItems.items(name, bytes, columns), List.of());
            case "jsonl", "ndjson" -> new BatchInput(name, sha, "jsonl", Layout.FILES, JsonLines.items(name, bytes), List.of());
            case "zip" -> {
                SafeZip.Content zip = SafeZip.read(name, bytes, limits);
                // by its files, as a folder: the same submissions zipped again (new timestamps) are the same input
                yield files(name, filesDigest(zip.files()), "zip", zip.files(), zip.skipped(), name + "!");
            }
            default -> {
                if (!DocumentText.supported(name)) {
                    throw new BadInput(name + ": unsupported input (give a .csv, .jsonl, .zip, a folder, or one "
                            + ".txt, .md, .html, .docx or .pdf file)");
                }
                String base = Path.of(name).getFileName().toString();
                yield files(name, sha, "file", List.of(new SafeZip.NamedBytes(base, bytes)), List.of(),
                        name.substring(0, name.length() - base.length()));
            }
        };
    }

    private static BatchInput folder(Path dir, ZipLimits limits) {
        List<SafeZip.NamedBytes> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.isEmpty() || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                String base = p.getFileName().toString();
                if (Files.isSymbolicLink(p)) {
                    skipped.add(p + ": skipped: a symbolic link");
                } else if (base.startsWith(".") || rel.startsWith("__MACOSX/")) {
                    skipped.add(p + ": skipped: a hidden or system file");
                } else if (Files.size(p) > limits.maxEntryBytes()) {
                    skipped.add(p + ": skipped: over " + limits.maxEntryBytes() + " bytes");
                } else {
                    files.add(new SafeZip.NamedBytes(rel, Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new BadInput(dir + ": cannot read: " + e.getMessage());
        }
        String prefix = dir.toString().endsWith("/") ? dir.toString() : dir + "/";
        return files(dir.toString(), filesDigest(files), "folder", files, skipped, prefix);
    }

    /** A folder's or archive's identity: the SHA-256 of its files' paths and contents, in path order. */
    private static String filesDigest(List<SafeZip.NamedBytes> files) {
        MessageDigest digest = newDigest();
        files.stream().sorted(java.util.Comparator.comparing(SafeZip.NamedBytes::path)).forEach(f -> {
            digest.update((f.path() + "\0").getBytes(StandardCharsets.UTF_8));
            digest.update(digest(f.bytes()));
        });
        return hex(digest.digest());
    }

    /** Files into items: one per file, or one per learner (their files' texts in name order) in an LMS layout. */
    private static BatchInput files(String name, String sha, String format, List<SafeZip.NamedBytes> files,
                                    List<String> skippedBefore, String shownPrefix) {
        List<String> skipped = new ArrayList<>(skippedBefore);
        Layout layout = Layout.of(files.stream().map(SafeZip.NamedBytes::path).toList());
        Map<String, List<SafeZip.NamedBytes>> byOwner = new LinkedHashMap<>();
        Map<String, Layout.Owner> owners = new LinkedHashMap<>();
        for (SafeZip.NamedBytes f : files) {
            Layout.Owner owner = layout.owner(f.path()).orElseThrow();
            String key = layout == Layout.FILES ? f.path() : owner.learnerId();
            byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            owners.putIfAbsent(key, owner);
        }
        List<BatchItem> items = new ArrayList<>();
        byOwner.forEach((key, owned) -> {
            Layout.Owner owner = owners.get(key);
            String id = layout == Layout.FILES ? idOf(key) : owner.learnerId();
            List<String> texts = new ArrayList<>(), errors = new ArrayList<>(), sources = new ArrayList<>();
            for (SafeZip.NamedBytes f : owned) {
                try {
                    texts.add(DocumentText.text(f.path(), f.bytes()).strip());
                    sources.add(shownPrefix + f.path());
                } catch (Unreadable e) {
                    errors.add(shownPrefix + f.path() + ": " + e.getMessage());
                }
            }
            if (texts.isEmpty()) {
                items.add(new BatchItem(items.size(), id, owner.learnerId(), owner.learnerName(),
                        shownPrefix + owned.get(0).path(), null, String.join("; ", errors)));
            } else {
                errors.forEach(err -> skipped.add(err + " (skipped; the learner's other files are graded)"));
                items.add(BatchItem.read(items.size(), id, layout == Layout.FILES ? id : owner.learnerId(),
                        owner.learnerName(), String.join(", ", sources), String.join("\n\n", texts)));
            }
        });
        return new BatchInput(name, sha, format, layout, items, skipped);
    }

    /** A plain file's id: its path inside the input without the extension. */
    private static String idOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] digest(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes).toLowerCase(Locale.ROOT);
    }
}
