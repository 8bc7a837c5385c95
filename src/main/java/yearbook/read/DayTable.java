package yearbook.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import yearbook.model.AirQualityDay;
import yearbook.model.CellRef;
import yearbook.model.Pollutant;

/**
 * A station's daily records in columns of primitives: about 80 bytes a day instead of the
 * ~550 of an {@link AirQualityDay} with its map, seven BigDecimals, LocalDate and
 * CellRef. A million days (a multi-year, multi-file station export) then take ~80 MB
 * rather than ~550 MB, which fits a 256 MB heap. It is an immutable
 * {@code List<AirQualityDay>}: each element is built when asked for, so consumers iterate
 * it as before but should not hold all elements at once. Columns grow in fixed chunks so
 * that growing never copies (no doubling spike).
 */
final class DayTable extends AbstractList<AirQualityDay> implements RandomAccess {

    private static final int CHUNK = 4096;

    private static final Pollutant[] POLLUTANTS = Pollutant.values();

    private static final int P = POLLUTANTS.length;

    private static final byte ABSENT = Byte.MIN_VALUE;

    private static final int NO_AQI = Integer.MIN_VALUE;

    private final String sheet;

    private final int dateCol;

    private final List<int[]> epochDays = new ArrayList<>();

    private final List<int[]> rows = new ArrayList<>();

    private final List<int[]> aqis = new ArrayList<>();

    /**
     * Index into stationCodes of each day's station: a 站点 column may name several
     * stations.
     */
    private final List<short[]> stations = new ArrayList<>();

    private List<String> stationCodes = List.of();

    private final List<long[]> unscaled = new ArrayList<>();

    private final List<byte[]> scales = new ArrayList<>();

    /**
     * Values whose digits do not fit a long or whose scale does not fit a byte (text with
     * many digits).
     */
    private final Map<Long, BigDecimal> wide = new HashMap<>();

    private int size;

    private boolean sealed;

    DayTable(String sheet, int dateCol) {
        this.sheet = sheet;
        this.dateCol = dateCol;
    }

    void add(LocalDate day, Map<Pollutant, BigDecimal> values, Integer aqi, int row) {
        add(day, values, aqi, row, 0);
    }

    /**
     * @param station the day's station, as an index into the list given to
     * {@link #seal(List)}
     */
    void add(LocalDate day, Map<Pollutant, BigDecimal> values, Integer aqi, int row, int station) {
        if (sealed) {
            throw new IllegalStateException("sealed");
        }
        int c = size / CHUNK;
        int i = size % CHUNK;
        if (i == 0) {
            epochDays.add(new int[CHUNK]);
            rows.add(new int[CHUNK]);
            aqis.add(new int[CHUNK]);
            stations.add(new short[CHUNK]);
            unscaled.add(new long[CHUNK * P]);
            scales.add(new byte[CHUNK * P]);
        }
        epochDays.get(c)[i] = Math.toIntExact(day.toEpochDay());
        rows.get(c)[i] = row;
        aqis.get(c)[i] = aqi == null ? NO_AQI : aqi;
        stations.get(c)[i] = (short) station;
        long[] u = unscaled.get(c);
        byte[] s = scales.get(c);
        for (int p = 0; p < P; p++) {
            BigDecimal v = values.get(POLLUTANTS[p]);
            int k = i * P + p;
            if (v == null) {
                s[k] = ABSENT;
            }
            else if (v.scale() > Byte.MIN_VALUE && v.scale() <= Byte.MAX_VALUE && v.unscaledValue().bitLength() < 64) {
                u[k] = v.unscaledValue().longValue();
                s[k] = (byte) v.scale();
            }
            else {
                s[k] = 0;
                wide.put((long) size * P + p, v);
            }
        }
        size++;
    }

    /**
     * Fixes the station of every day (known for sure only at the end of the sheet); no
     * more days after.
     */
    DayTable seal(String station) {
        List<String> one = new ArrayList<>();
        one.add(station);
        return seal(one);
    }

    /**
     * Fixes the stations the days' indexes refer to (a code may be null where it could
     * not be resolved).
     */
    DayTable seal(List<String> codes) {
        this.stationCodes = Collections.unmodifiableList(new ArrayList<>(codes));
        this.sealed = true;
        return this;
    }

    long epochDay(int index) {
        return epochDays.get(index / CHUNK)[index % CHUNK];
    }

    int station(int index) {
        return stations.get(index / CHUNK)[index % CHUNK];
    }

    CellRef source(int index) {
        return CellRef.of(sheet, rows.get(index / CHUNK)[index % CHUNK], dateCol);
    }

    @Override
    public AirQualityDay get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int c = index / CHUNK;
        int i = index % CHUNK;
        Map<Pollutant, BigDecimal> values = new EnumMap<>(Pollutant.class);
        long[] u = unscaled.get(c);
        byte[] s = scales.get(c);
        for (int p = 0; p < P; p++) {
            int k = i * P + p;
            if (s[k] == ABSENT) {
                continue;
            }
            BigDecimal w = wide.get((long) index * P + p);
            values.put(POLLUTANTS[p], w != null ? w : BigDecimal.valueOf(u[k], s[k]));
        }
        int aqi = aqis.get(c)[i];
        String station = stationCodes.isEmpty() ? null : stationCodes.get(stations.get(c)[i]);
        return new AirQualityDay(station, LocalDate.ofEpochDay(epochDays.get(c)[i]), values, aqi == NO_AQI ? null : aqi,
                source(index));
    }

    @Override
    public int size() {
        return size;
    }

}
