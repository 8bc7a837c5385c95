package yearbook.catalog;

import java.util.regex.Pattern;
import java.text.Normalizer;

/**
 * How names are compared: full-width folded to half-width (NFKC), whitespace and a
 * leading 其中 removed.
 */
public final class Names {

    /** Compiled once: names are normalised for every cell read. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private static final Pattern OF_WHICH = Pattern.compile("^其中[::]?");

    private Names() {
    }

    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String n = plain(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        if (hasSpace(n)) {
            n = SPACES.matcher(n).replaceAll("");
        }
        if (n.startsWith("其中")) {
            n = OF_WHICH.matcher(n).replaceFirst("");
        }
        n = n.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
        return n;
    }

    /**
     * True when NFKC leaves the text as it is and there is nothing to fold: printable
     * ASCII and the common CJK ideographs (U+4E00–U+9FFF, which have no compatibility
     * decomposition). Most names are.
     */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 || c > 0x7E) && (c < 0x4E00 || c > 0x9FFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /**
     * Longest prefix compared: a "did you mean" over a hostile megabyte-long name must
     * not cost minutes.
     */
    private static final int MAX_COMPARED = 256;

    /**
     * Levenshtein distance, to name the closest known names when a name does not resolve.
     */
    public static int distance(String a, String b) {
        if (a.length() > MAX_COMPARED) {
            a = a.substring(0, MAX_COMPARED);
        }
        if (b.length() > MAX_COMPARED) {
            b = b.substring(0, MAX_COMPARED);
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}
