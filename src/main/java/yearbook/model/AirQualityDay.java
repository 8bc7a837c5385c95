package yearbook.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One station's daily record as submitted: concentrations per pollutant (a pollutant
 * absent from the map was not measured that day) and the AQI the station printed, if any.
 */
public record AirQualityDay(String stationCode, LocalDate day, Map<Pollutant, BigDecimal> concentrations,
        Integer submittedAqi, CellRef source) {
    public AirQualityDay {
        // an EnumMap copy (one array) rather than Map.copyOf's hashed table: a station
        // file is read and stored a million days at a time
        concentrations.values().forEach(Objects::requireNonNull);
        concentrations = concentrations.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(concentrations));
    }
}
