package yearbook.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One station's daily record as submitted: concentrations per pollutant (a pollutant
 * absent from the map was not measured that day) and the AQI the station printed, if any.
 */
public record AirQualityDay(String stationCode, LocalDate day, Map<Pollutant, BigDecimal> concentrations,
        Integer submittedAqi, CellRef source) {
    public AirQualityDay {
        concentrations = Map.copyOf(concentrations);
    }
}
