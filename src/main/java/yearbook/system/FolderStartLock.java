package yearbook.system;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Two yearbooks started at once on a new database folder would both run initdb in it, and
 * the loser would say "the database cannot start" instead of waiting its turn. The start
 * (stale check, initdb, postmaster) is therefore taken one process at a time, through a
 * lock on a hidden file beside the folder (initdb wants the folder itself empty); the
 * second then finds the first's postmaster and is refused as busy.
 */
final class FolderStartLock {

    private FolderStartLock() {
    }

    /**
     * Waits for any other process starting a server on {@code dataDir}; closing the
     * returned channel releases the turn.
     */
    static Closeable take(Path dataDir) throws IOException {
        Path file = dataDir.resolveSibling("." + dataDir.getFileName() + ".start-lock");
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        catch (IOException e) {
            // A folder given inside one the office may not write to: start as before,
            // without the turn-taking, rather than not at all.
            return () -> {
            };
        }
        try {
            ch.lock();
            return ch;
        }
        catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

}
