package yearbook.read;

import java.util.Optional;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.Names;

/**
 * Which catalog indicator a row is: by 指标代码 when present and known, else by name or
 * alias. Names are also tried without a leading ordinal (1、 (一)) and without a trailing
 * (unit).
 */
final class RowIndicator {

    /** resolved: the indicator; conflict: code and name name two different indicators. */
    record Match(Indicator resolved, Indicator byCode, Indicator byName) {
        boolean conflict() {
            return byCode != null && byName != null && !byCode.code().equals(byName.code());
        }
    }

    private final IndicatorCatalog catalog;

    RowIndicator(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The same rows (code and name) in every community's workbook: matched once, not per
     * row of each file.
     */
    private final Memo<Match> matches = new Memo<>(key -> {
        // the code's length, ':', the code, the name: any character may be in either
        int colon = key.indexOf(':');
        int end = colon + 1 + Integer.parseInt(key.substring(0, colon));
        return matchOnce(key.substring(colon + 1, end), key.substring(end));
    });

    Match match(String code, String name) {
        String c = code == null ? "" : code;
        return matches.get(c.length() + ":" + c + (name == null ? "" : name));
    }

    private Match matchOnce(String code, String name) {
        Indicator c = code == null || code.isBlank() ? null : catalog.byCode(Names.normalize(code)).orElse(null);
        Indicator n = byName(name).orElse(null);
        return new Match(c != null ? c : n, c, n);
    }

    Optional<Indicator> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = Names.normalize(name);
        Optional<Indicator> i = catalog.byName(n);
        if (i.isPresent()) {
            return i;
        }
        String noOrdinal = n.replaceFirst("^(?:\\(?[0-9一二三四五六七八九十]+[)、.]|\\([0-9一二三四五六七八九十]+\\))", "");
        i = catalog.byName(noOrdinal);
        if (i.isPresent()) {
            return i;
        }
        String noUnit = noOrdinal.replaceFirst("\\([^()]*\\)$", "");
        return noUnit.equals(noOrdinal) ? Optional.empty() : catalog.byName(noUnit);
    }

}
