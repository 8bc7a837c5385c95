package yearbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A day's evaluation per HJ 633-2012: IAQI per pollutant, AQI, level, primary pollutants
 * (only when AQI > 50). valid false when a pollutant the AQI needs is missing: aqi and
 * level are then null. aqiMismatch: the station's own AQI column disagrees with the
 * computed one.
 */
public record DailyAirQuality(String stationCode, LocalDate day, Map<Pollutant, Integer> iaqi, Integer aqi,
        AqiLevel level, List<Pollutant> primary, boolean valid, Integer submittedAqi, boolean aqiMismatch) {
    public DailyAirQuality {
        iaqi = Map.copyOf(iaqi);
        primary = List.copyOf(primary);
    }

    public boolean isGood() {
        return valid && aqi <= 100;
    }
}
