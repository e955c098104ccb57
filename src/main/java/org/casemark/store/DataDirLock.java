package org.casemark.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One serving process per data directory: an OS lock on {@code DATA_DIR/casemark.lock}, held for the life of the
 * process (the OS drops it when the process ends, however it ends, so it never goes stale) and naming the holder's
 * pid. Short-lived commands ({@code keys}) do not take it: they share the database as SQLite allows.
 */
public final class DataDirLock implements AutoCloseable {
    public static final String FILE_NAME = "casemark.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another process (or this one) already holds the directory. */
    public static final class InUseException extends RuntimeException {
        InUseException(String message) {
            super(message);
        }
    }

    /** Takes the lock at once, or throws {@link InUseException} naming the holder; never waits. */
    public static DataDirLock acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new InUseException("the data directory " + dataDir + " is in use by another casemark serve"
                    + (holder.matches("\\d+") ? " (pid " + holder + ")" : "") + "; stop it or pass another --data DIR");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return new DataDirLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
