package yearbook.cli;

/** What the process tells cron or a shell script. */
public final class ExitCode {

    public static final int OK = 0;

    /**
     * The run failed: nothing was published; run the same command again once the cause is
     * fixed.
     */
    public static final int FAILED = 1;

    /** Bad arguments or configuration. */
    public static final int USAGE = 2;

    /**
     * The run finished and published, but some files were quarantined or not submissions.
     */
    public static final int QUARANTINED = 3;

    /** Another run of the same year is in progress. */
    public static final int BUSY = 4;

    private ExitCode() {
    }

}
