package org.casemark.batch;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the files of a ZIP into memory, never onto a disk, within {@link ZipLimits}: the entry count is read from
 * the end-of-central-directory record before the directory itself is parsed, and the bytes are counted while they
 * inflate, so a zip bomb is refused after at most one entry's limit of work. Entry names that climb out of the
 * archive ({@code ..}, absolute, drive letters) and symbolic links are skipped and reported; so are directories,
 * macOS resource forks and hidden files.
 */
final class SafeZip {
    /** A file of the archive, and what was skipped (one line each). */
    record Content(List<NamedBytes> files, List<String> skipped) {
    }

    record NamedBytes(String path, byte[] bytes) {
    }

    private SafeZip() {
    }

    static Content read(String name, byte[] zip, ZipLimits limits) {
        long declared = declaredEntries(name, zip);
        if (declared > limits.maxEntries()) {
            throw new ZipRefused(name + ": refused: the archive declares " + declared + " entries; the limit is "
                    + limits.maxEntries());
        }
        List<NamedBytes> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long total = 0;
        int count = 0;
        try (ZipFile archive = ZipFile.builder().setByteArray(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(archive.getEntriesInPhysicalOrder())) {
                if (++count > limits.maxEntries()) {
                    throw new ZipRefused(name + ": refused: more than " + limits.maxEntries() + " entries");
                }
                String path = e.getName().replace('\\', '/');
                if (e.isDirectory()) continue;
                String why = skipReason(path, e);
                if (why != null) {
                    skipped.add(name + "!" + e.getName() + ": skipped: " + why);
                    continue;
                }
                byte[] bytes = inflate(name, archive, e, limits, limits.maxTotalBytes() - total);
                total += bytes.length;
                files.add(new NamedBytes(path, bytes));
            }
        } catch (IOException e) {
            throw new ZipRefused(name + ": not a readable ZIP archive (" + e.getMessage() + ")");
        }
        files.sort(java.util.Comparator.comparing(NamedBytes::path));
        return new Content(files, skipped);
    }

    private static String skipReason(String path, ZipArchiveEntry e) {
        if (e.isUnixSymlink()) return "a symbolic link";
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) return "an absolute path";
        for (String part : path.split("/")) if (part.equals("..")) return "a path that leaves the archive";
        String base = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith("__MACOSX/") || base.startsWith(".")) return "a hidden or system file";
        return null;
    }

    private static byte[] inflate(String name, ZipFile archive, ZipArchiveEntry e, ZipLimits limits, long totalLeft)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long n = 0;
        try (InputStream in = archive.getInputStream(e)) {
            for (int r; (r = in.read(buffer)) > 0; ) {
                n += r;
                if (n > limits.maxEntryBytes()) {
                    throw new ZipRefused(name + ": refused: " + e.getName() + " inflates to more than "
                            + limits.maxEntryBytes() + " bytes (a zip bomb?)");
                }
                if (n > totalLeft) {
                    throw new ZipRefused(name + ": refused: the archive inflates to more than " + limits.maxTotalBytes()
                            + " bytes (a zip bomb?)");
                }
                // the compressed bytes read so far, not the size the entry declares: a bomb shows at once
                long compressed = in instanceof InputStreamStatistics s ? Math.max(1, s.getCompressedCount())
                        : Math.max(1, e.getCompressedSize());
                if (n > limits.ratioAfterBytes() && n / compressed > limits.maxRatio()) {
                    throw new ZipRefused(name + ": refused: " + e.getName() + " inflates more than "
                            + limits.maxRatio() + " times its compressed size (a zip bomb?)");
                }
                out.write(buffer, 0, r);
            }
        }
        return out.toByteArray();
    }

    /**
     * The entry count of the end-of-central-directory record (ZIP64's when the classic one says 0xFFFF), read
     * before anything else: a directory of millions of entries is refused before it is parsed.
     */
    static long declaredEntries(String name, byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (b.getInt(i) != 0x06054b50) continue;
            long entries = Short.toUnsignedInt(b.getShort(i + 10));
            if (entries == 0xFFFF && i >= 20 && b.getInt(i - 20) == 0x07064b50) {
                long at = b.getLong(i - 20 + 8);
                if (at >= 0 && at + 40 <= zip.length && b.getInt((int) at) == 0x06064b50) {
                    entries = b.getLong((int) at + 32);
                }
            }
            return entries < 0 ? Long.MAX_VALUE : entries;
        }
        throw new ZipRefused(name + ": not a ZIP archive (no end-of-central-directory record)");
    }
}
