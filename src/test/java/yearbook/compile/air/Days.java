package yearbook.compile.air;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import yearbook.model.AirQualityDay;
import yearbook.model.CellRef;
import yearbook.model.Pollutant;

/** Builds daily records for the tests: a station's day with the given concentrations. */
final class Days {

    static final String STATION = "唐闸公园";

    private final LocalDate date;

    private final Map<Pollutant, BigDecimal> values = new EnumMap<>(Pollutant.class);

    private Integer submittedAqi;

    private Days(LocalDate date) {
        this.date = date;
    }

    static Days on(String isoDate) {
        return new Days(LocalDate.parse(isoDate));
    }

    /**
     * A clean day whose IAQI are all low: SO2 5 → 5, NO2 20 → 25, PM10 20 → 20, CO 0.5 →
     * 13 (12.5), O3-8h 60 → 30, PM2.5 10 → 15 (14.29). AQI 30.
     */
    static Days clean(String isoDate) {
        return on(isoDate).with(Pollutant.SO2, "5")
            .with(Pollutant.NO2, "20")
            .with(Pollutant.PM10, "20")
            .with(Pollutant.CO, "0.5")
            .with(Pollutant.O3_8H, "60")
            .with(Pollutant.PM25, "10");
    }

    /** so2, no2, pm10, co, o3-8h, pm2.5; null leaves the pollutant out. */
    static Days of(String isoDate, String so2, String no2, String pm10, String co, String o3, String pm25) {
        return on(isoDate).with(Pollutant.SO2, so2)
            .with(Pollutant.NO2, no2)
            .with(Pollutant.PM10, pm10)
            .with(Pollutant.CO, co)
            .with(Pollutant.O3_8H, o3)
            .with(Pollutant.PM25, pm25);
    }

    Days with(Pollutant p, String value) {
        if (value == null) {
            values.remove(p);
        }
        else {
            values.put(p, new BigDecimal(value));
        }
        return this;
    }

    Days without(Pollutant p) {
        values.remove(p);
        return this;
    }

    Days submitted(Integer aqi) {
        this.submittedAqi = aqi;
        return this;
    }

    AirQualityDay day() {
        return new AirQualityDay(STATION, date, values, submittedAqi, CellRef.NONE);
    }

}
