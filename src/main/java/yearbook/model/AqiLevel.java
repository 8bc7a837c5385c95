package yearbook.model;

/** AQI levels of HJ 633-2012 with their national colours (RGB), used by every chart. */
public enum AqiLevel {

    EXCELLENT("优", "一级", 0, 50, 0x00E400), GOOD("良", "二级", 51, 100, 0xFFFF00), LIGHT("轻度污染", "三级", 101, 150, 0xFF7E00),
    MODERATE("中度污染", "四级", 151, 200, 0xFF0000), HEAVY("重度污染", "五级", 201, 300, 0x99004C),
    SEVERE("严重污染", "六级", 301, Integer.MAX_VALUE, 0x7E0023);

    private final String label;

    private final String grade;

    private final int low;

    private final int high;

    private final int rgb;

    AqiLevel(String label, String grade, int low, int high, int rgb) {
        this.label = label;
        this.grade = grade;
        this.low = low;
        this.high = high;
        this.rgb = rgb;
    }

    public static AqiLevel of(int aqi) {
        for (AqiLevel l : values()) {
            if (aqi <= l.high) {
                return l;
            }
        }
        return SEVERE;
    }

    public String label() {
        return label;
    }

    public String grade() {
        return grade;
    }

    public int low() {
        return low;
    }

    public int high() {
        return high;
    }

    public int rgb() {
        return rgb;
    }

    public boolean isGood() {
        return this == EXCELLENT || this == GOOD;
    }

}
