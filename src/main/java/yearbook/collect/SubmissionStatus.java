package yearbook.collect;

/** What became of a received file. */
public enum SubmissionStatus {

    /** Collected, not read yet. */
    RECEIVED("待读取"),
    /** Read without errors; its figures count unless a later version supersedes it. */
    ACCEPTED("已采用"),
    /** Read with errors: none of its figures count until a corrected file arrives. */
    QUARANTINED("已退回"),
    /**
     * A later version for the same unit and period stands instead. Kept, never deleted.
     */
    SUPERSEDED("已被替代"),
    /** The same bytes as another file already received: loaded once. */
    DUPLICATE("重复文件"),
    /** Not a report workbook at all. */
    NOT_SUBMISSION("非报表文件");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
