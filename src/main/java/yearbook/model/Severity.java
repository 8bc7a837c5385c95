package yearbook.model;

/**
 * How serious a finding is. ERROR is 强制性审核: the file is quarantined as a whole. WARNING
 * is 核实性审核: the submitter confirms or explains; the figures are used. INFO records what
 * was done (e.g. a unit conversion) without asking anything.
 */
public enum Severity {

    ERROR("错误"), WARNING("提示"), INFO("说明");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
