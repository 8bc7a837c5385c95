package yearbook.collect;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found in the input folder, with its content hash and arrival time (its
 * modification time).
 *
 * @param withheld why its bytes are not archived (a file over the size limit, a link out
 * of the input folder), or null for an ordinary file
 */
public record ReceivedFile(Path path, String fileName, String sha256, long size, Instant receivedAt,
        Withheld withheld) {

    public ReceivedFile(Path path, String fileName, String sha256, long size, Instant receivedAt) {
        this(path, fileName, sha256, size, receivedAt, null);
    }

    /**
     * Why a received file's bytes are not kept; the read stage reports it as not a
     * submission.
     */
    public enum Withheld {

        TOO_LARGE, LINK

    }
}
