package org.casemark.batch;

/**
 * What a ZIP of submissions may hold, checked before and while it is read: the number of entries (from the
 * archive's directory, before anything is inflated), the bytes one entry and all entries together inflate to
 * (counted as they are inflated, never taken from the sizes the archive declares), and the ratio of an entry's
 * inflated to compressed bytes once it is past {@code ratioAfterBytes} (a zip bomb's mark).
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioAfterBytes) {
    public ZipLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < maxEntryBytes || maxRatio < 2) {
            throw new IllegalArgumentException("bad ZIP limits");
        }
    }

    /** 5,000 entries, 32 MiB an entry, 512 MiB in all, at most 100:1 past the first MiB of an entry. */
    public static ZipLimits defaults() {
        return new ZipLimits(5_000, 32L << 20, 512L << 20, 100, 1L << 20);
    }
}
