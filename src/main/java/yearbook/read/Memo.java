package yearbook.read;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function of a cell's text, remembered across files: a report's
 * headers, units and row names are the same few hundred texts in every community's
 * workbook, and normalising them (NFKC, regexes) again per row was a fifth of reading.
 * Bounded, so that a hostile file of a million distinct texts cannot grow it: only short
 * texts are remembered, and only the first {@link #MAX_ENTRIES}.
 */
final class Memo<V> {

    static final int MAX_ENTRIES = 8_192;

    static final int MAX_KEY_CHARS = 100;

    private final Map<String, V> answers = new ConcurrentHashMap<>();

    private final Function<String, V> function;

    Memo(Function<String, V> function) {
        this.function = function;
    }

    V get(String key) {
        if (key == null || key.length() > MAX_KEY_CHARS) {
            return function.apply(key);
        }
        V v = answers.get(key);
        if (v == null) {
            v = function.apply(key);
            if (answers.size() < MAX_ENTRIES) {
                answers.putIfAbsent(key, v);
            }
        }
        return v;
    }

}
