package yearbook.read;

import java.util.regex.Pattern;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import yearbook.model.Pollutant;

/**
 * Pollutant column headers as stations write them: SO2, SO₂, SO2(μg/m3), PM₂.₅, O3_8h,
 * O3-8h, 臭氧8小时 … Sub/superscripts fold by NFKC; units, brackets, separators and case are
 * ignored.
 */
final class PollutantHeaders {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private static final Pattern CONCENTRATION_UNIT = Pattern.compile("[(\\[]?(?:[μΜU]G|MG|微克|毫克)/(?:M3|立方米)[)\\]]?");

    private static final Pattern PUNCTUATION = Pattern.compile("[()\\[\\]\\-_·.,/]");

    private static final Map<String, Pollutant> KEYS = Map.ofEntries(Map.entry("SO2", Pollutant.SO2),
            Map.entry("二氧化硫", Pollutant.SO2), Map.entry("NO2", Pollutant.NO2), Map.entry("二氧化氮", Pollutant.NO2),
            Map.entry("PM10", Pollutant.PM10), Map.entry("可吸入颗粒物", Pollutant.PM10), Map.entry("PM25", Pollutant.PM25),
            Map.entry("细颗粒物", Pollutant.PM25), Map.entry("CO", Pollutant.CO), Map.entry("一氧化碳", Pollutant.CO),
            Map.entry("O3", Pollutant.O3_1H), Map.entry("O31H", Pollutant.O3_1H), Map.entry("O31小时", Pollutant.O3_1H),
            Map.entry("臭氧", Pollutant.O3_1H), Map.entry("臭氧1小时", Pollutant.O3_1H), Map.entry("臭氧1H", Pollutant.O3_1H),
            Map.entry("O38H", Pollutant.O3_8H), Map.entry("O38小时", Pollutant.O3_8H),
            Map.entry("臭氧8小时", Pollutant.O3_8H), Map.entry("臭氧8H", Pollutant.O3_8H),
            Map.entry("O3日最大8小时", Pollutant.O3_8H), Map.entry("O38H滑动平均", Pollutant.O3_8H),
            Map.entry("臭氧日最大8小时", Pollutant.O3_8H), Map.entry("臭氧日最大8小时平均", Pollutant.O3_8H),
            Map.entry("O3日最大8小时平均", Pollutant.O3_8H));

    private PollutantHeaders() {
    }

    static Optional<Pollutant> of(String header) {
        return Optional.ofNullable(KEYS.get(key(header)));
    }

    static String key(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        s = SPACES.matcher(s).replaceAll("");
        // units: (μg/m3) μG/M3 MG/M3 微克/立方米, with or without brackets
        s = CONCENTRATION_UNIT.matcher(s).replaceAll("");
        s = PUNCTUATION.matcher(s).replaceAll("");
        return s;
    }

}
