package yearbook.collect;

import java.nio.file.Path;
import java.time.Instant;

/** A file found in the input folder, with its content hash and arrival time (its modification time). */
public record ReceivedFile(Path path, String fileName, String sha256, long size, Instant receivedAt) {
}
