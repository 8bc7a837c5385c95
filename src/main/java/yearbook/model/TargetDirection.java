package yearbook.model;

/**
 * Which side of a target is good: a floor (至少, e.g. 新增就业) or a ceiling (不超过, e.g. PM2.5).
 */
public enum TargetDirection {

    AT_LEAST("至少"), AT_MOST("不超过");

    private final String word;

    TargetDirection(String word) {
        this.word = word;
    }

    /** As the 目标任务 workbook and the reports write it. */
    public String word() {
        return word;
    }

}
