package yearbook.model;

/**
 * The pollutants of a daily air-quality record (HJ 633-2012). CO in mg/m³, the others in
 * µg/m³.
 */
public enum Pollutant {

    SO2("SO₂"), NO2("NO₂"), PM10("PM10"), CO("CO"), O3_1H("O₃(1小时)"), O3_8H("O₃(8小时)"), PM25("PM2.5");

    private final String label;

    Pollutant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
