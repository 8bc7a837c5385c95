package yearbook.account;

/** What an account may do in the console. */
public enum Role {

    /** A community's clerk: uploads and sees its own unit only. */
    REPORTER("填报员"),
    /** The statistics office: every unit, uploads for any, starts runs. */
    OFFICE("统计站"),
    /** Leaders: read-only, the outputs and the figures. */
    LEADER("领导");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, ROLE_OFFICE etc. */
    public String authority() {
        return "ROLE_" + name();
    }

}
