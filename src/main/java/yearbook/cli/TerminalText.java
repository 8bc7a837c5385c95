package yearbook.cli;

/**
 * Text from outside (a file's name, a value seen in a cell) as it may be printed on a
 * terminal: control characters are shown escaped (\n, \r, \t, \x1B, \u202E …), so a name
 * holding a newline cannot print a fake "✓ … 可以采用" line of its own, and an escape
 * sequence or a right-to-left override cannot redraw or reverse what the clerk reads.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String of(Object o) {
        String s = String.valueOf(o);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = escape(c);
            if (esc == null) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            b.append(esc);
        }
        return b == null ? s : b.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
        }
        boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x200E && c <= 0x200F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
        if (!control) {
            return null;
        }
        return c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
    }

}
