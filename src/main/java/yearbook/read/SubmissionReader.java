package yearbook.read;

import java.nio.file.Path;

/** Reads one received file. Never throws for bad input: everything wrong becomes a finding. */
public interface SubmissionReader {
    /**
     * @param file     the file's bytes on disk
     * @param fileName the name it was received under (may differ from file's own name), used in findings
     */
    ReadResult read(Path file, String fileName);
}
