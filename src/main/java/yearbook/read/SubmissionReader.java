package yearbook.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one received file. Never throws for bad input: everything wrong becomes a
 * finding.
 */
public interface SubmissionReader {

    /**
     * @param file the file's bytes on disk
     * @param fileName the name it was received under (may differ from file's own name),
     * used in findings
     */
    ReadResult read(Path file, String fileName);

    /**
     * Reads a file from its bytes (the archive's copy). This default goes through a
     * temporary file; a reader that can read from memory does so.
     */
    default ReadResult read(byte[] content, String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        String suffix = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        Path tmp = null;
        try {
            tmp = Files.createTempFile("yearbook-", suffix.length() > 10 ? "" : suffix);
            Files.write(tmp, content);
            return read(tmp, fileName);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                }
                catch (IOException ignored) {
                    // the temp folder is cleaned by the system
                }
            }
        }
    }

    /**
     * A received file whose bytes were not archived: over the size limit (TOO_LARGE) or a
     * link out of the input folder (LINK). Reported by name as not a submission; nothing
     * of it is read.
     */
    default ReadResult withheld(String fileName, String reason, long size) {
        return WorkbookReader.withheld(fileName, reason, size, ReadLimits.DEFAULTS.maxFileBytes());
    }

}
