package yearbook.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings (xl/sharedStrings.xml) as plain strings, read the way POI's
 * ReadOnlySharedStringsTable reads them without phonetic runs (&lt;rPh&gt;): the text of
 * every &lt;t&gt; of an &lt;si&gt;, rich-text runs concatenated, then Excel's _xHHHH_
 * escapes decoded as XSSFRichTextString.getString() does. POI's getItemAt builds an
 * XMLBeans rich-text object per cell read; at 24,000 workbooks that was a fifth of the
 * parsing time.
 */
public final class SharedStringsPart {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final List<String> strings;

    private SharedStringsPart(List<String> strings) {
        this.strings = strings;
    }

    static SharedStringsPart empty() {
        return new SharedStringsPart(List.of());
    }

    static SharedStringsPart read(InputStream in) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        boolean inPhonetic = false;
        try (in) {
            XMLStreamReader x = XmlParts.open(in);
            while (x.hasNext()) {
                switch (x.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (!main(x)) {
                            continue;
                        }
                        switch (x.getLocalName()) {
                            case "si" -> text.setLength(0);
                            case "t" -> inText = true;
                            case "rPh" -> inPhonetic = true;
                            default -> {
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!main(x)) {
                            continue;
                        }
                        switch (x.getLocalName()) {
                            case "si" -> strings.add(text.toString());
                            case "t" -> inText = false;
                            case "rPh" -> inPhonetic = false;
                            default -> {
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inText && !inPhonetic) {
                            text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new SharedStringsPart(strings);
    }

    /**
     * An element of SpreadsheetML's namespace (or of none): an extension's own &lt;t&gt;
     * is not the text.
     */
    private static boolean main(XMLStreamReader x) {
        String uri = x.getNamespaceURI();
        return uri == null || uri.isEmpty() || uri.equals(MAIN);
    }

    public int size() {
        return strings.size();
    }

    /** The text of string number {@code index}, as the clerk sees it. */
    public String text(int index) {
        return decode(strings.get(index));
    }

    /**
     * Excel writes characters XML cannot carry as _xHHHH_ (e.g. _x000D_ for a carriage
     * return).
     */
    static String decode(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && hex4(s, at + 2)) {
                out.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = s.indexOf("_x", from);
            }
            else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return from == 0 ? s : out.append(s, from, s.length()).toString();
    }

    private static boolean hex4(String s, int i) {
        for (int k = i; k < i + 4; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

}
