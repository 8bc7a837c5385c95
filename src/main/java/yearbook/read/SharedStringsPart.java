package yearbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings (xl/sharedStrings.xml) as plain strings, read the way POI's
 * ReadOnlySharedStringsTable reads them without phonetic runs (&lt;rPh&gt;): the text of every &lt;t&gt;
 * of an &lt;si&gt;, rich-text runs concatenated, then Excel's _xHHHH_ escapes decoded as
 * XSSFRichTextString.getString() does. POI's getItemAt builds an XMLBeans rich-text object per cell
 * read; at 24,000 workbooks that was a fifth of the parsing time.
 */
final class SharedStringsPart {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final List<String> strings;

    private SharedStringsPart(List<String> strings) {
        this.strings = strings;
    }

    static SharedStringsPart empty() {
        return new SharedStringsPart(List.of());
    }

    static SharedStringsPart read(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean[] state = new boolean[2]; // [0] inside <t>, [1] inside <rPh>
        try (in) {
            SaxParsers.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if (uri != null && !uri.isEmpty() && !uri.equals(MAIN)) return;
                    switch (SheetXmlHandler.local(localName, qName)) {
                        case "si" -> text.setLength(0);
                        case "t" -> state[0] = true;
                        case "rPh" -> state[1] = true;
                        default -> { }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if (uri != null && !uri.isEmpty() && !uri.equals(MAIN)) return;
                    switch (SheetXmlHandler.local(localName, qName)) {
                        case "si" -> strings.add(text.toString());
                        case "t" -> state[0] = false;
                        case "rPh" -> state[1] = false;
                        default -> { }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (state[0] && !state[1]) text.append(ch, start, length);
                }
            });
        }
        return new SharedStringsPart(strings);
    }

    int size() {
        return strings.size();
    }

    /** The text of string number {@code index}, as the clerk sees it. */
    String text(int index) {
        return decode(strings.get(index));
    }

    /** Excel writes characters XML cannot carry as _xHHHH_ (e.g. _x000D_ for a carriage return). */
    static String decode(String s) {
        int at = s.indexOf("_x");
        if (at < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && hex4(s, at + 2)) {
                out.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = s.indexOf("_x", from);
            } else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return from == 0 ? s : out.append(s, from, s.length()).toString();
    }

    private static boolean hex4(String s, int i) {
        for (int k = i; k < i + 4; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) return false;
        }
        return true;
    }
}
