package yearbook.read;

import java.util.List;
import yearbook.collect.SubmissionStatus;

/**
 * Where the read stage keeps what it read, a group of files at a time
 * ({@code read.store}: PostgreSQL). The stage knows only this, so reading does not depend
 * on how or where the results are kept.
 */
public interface ResultStore {

    /** What reading one submission gave. */
    record Read(long submissionId, ReadResult result) {
    }

    /**
     * Stores the readings of several files, each whole or not at all; returns each file's
     * status, in order.
     */
    List<SubmissionStatus> saveAll(int year, List<Read> reads);

}
