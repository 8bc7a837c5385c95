package yearbook.model;

/**
 * Where a target stands against the calendar: 超前 (ahead of 时序进度 by more than the
 * tolerance), 正常 (within it), 滞后 (behind it; for a ceiling: above it during the year),
 * 未达标 (the year is over and the target was not met, or a ceiling was broken for good), or
 * — when it cannot be told.
 */
public enum ProgressState {

    AHEAD("超前"), ON_TRACK("正常"), BEHIND("滞后"), MISSED("未达标"), UNKNOWN("—");

    private final String word;

    ProgressState(String word) {
        this.word = word;
    }

    /** The word printed beside the colour, so that the state reads in black and white. */
    public String word() {
        return word;
    }

    public boolean isBehind() {
        return this == BEHIND || this == MISSED;
    }

}
