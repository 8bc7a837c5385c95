package yearbook.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * What the reader needs of xl/styles.xml: each cell style's number format (its id and
 * pattern), to tell dates from numbers and to show a number as the clerk saw it. The rest
 * of the stylesheet (fonts, fills, borders) is skipped: POI's StylesTable binds all of it
 * through XMLBeans, which cost as much as walking the sheet itself.
 */
public final class StylesPart {

    /**
     * A style's number format: Excel's id and its pattern (a built-in id's pattern when
     * not custom).
     */
    public record Format(int id, String pattern) {
        static final Format GENERAL = new Format(0, "General");

    }

    private final List<Integer> cellFormatIds;

    private final Map<Integer, String> customPatterns;

    private StylesPart(List<Integer> cellFormatIds, Map<Integer, String> customPatterns) {
        this.cellFormatIds = cellFormatIds;
        this.customPatterns = customPatterns;
    }

    static StylesPart empty() {
        return new StylesPart(List.of(), Map.of());
    }

    static StylesPart read(InputStream in) throws IOException, XMLStreamException {
        List<Integer> xfs = new ArrayList<>();
        Map<Integer, String> patterns = new HashMap<>();
        boolean inCellXfs = false;
        try (in) {
            XMLStreamReader x = XmlParts.open(in);
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "numFmt" -> {
                        Integer id = integer(XmlParts.attribute(x, "numFmtId"));
                        String code = XmlParts.attribute(x, "formatCode");
                        if (id != null && code != null) {
                            patterns.put(id, code);
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            Integer id = integer(XmlParts.attribute(x, "numFmtId"));
                            xfs.add(id == null ? 0 : id);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new StylesPart(xfs, patterns);
    }

    /**
     * The number format of cell style {@code index}; General for a style the file does
     * not define.
     */
    public Format format(int index) {
        if (index < 0 || index >= cellFormatIds.size()) {
            return Format.GENERAL;
        }
        int id = cellFormatIds.get(index);
        String pattern = customPatterns.get(id);
        if (pattern == null) {
            pattern = BuiltinFormats.getBuiltinFormat(id);
        }
        return new Format(id, pattern == null ? "General" : pattern);
    }

    private static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

}
