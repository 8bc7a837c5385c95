package yearbook.job;

/**
 * What a long run tells the person or the log watching it: the stage, and files read out
 * of the total. The console shows it on one updating line at a terminal, as plain lines
 * otherwise.
 */
public interface Progress {

    Progress SILENT = new Progress() {
    };

    default void stageStarted(String stage) {
    }

    /**
     * read and written: the stage's counts (files found and registered, files read and
     * accepted, figures compiled).
     */
    default void stageFinished(String stage, String status, long read, long written, long millis) {
    }

    default void filesToRead(int total) {
    }

    default void fileRead(String fileName) {
    }

}
