package yearbook.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * [Content_Types].xml: the type of each part, by its name (Override) or its extension
 * (Default).
 */
final class ContentTypes {

    private final Map<String, String> defaults;

    /** By part key, in name order (POI hands parts of one type over in that order). */
    private final TreeMap<String, String[]> overrides;

    private ContentTypes(Map<String, String> defaults, TreeMap<String, String[]> overrides) {
        this.defaults = defaults;
        this.overrides = overrides;
    }

    static ContentTypes read(InputStream in) throws IOException, XMLStreamException {
        Map<String, String> defaults = new HashMap<>();
        TreeMap<String, String[]> overrides = new TreeMap<>();
        try (in) {
            XMLStreamReader x = XmlParts.open(in);
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String type = XmlParts.attribute(x, "ContentType");
                if (type == null) {
                    continue;
                }
                if (x.getLocalName().equals("Default")) {
                    String ext = XmlParts.attribute(x, "Extension");
                    if (ext != null) {
                        defaults.put(ext.toLowerCase(Locale.ROOT), type.trim());
                    }
                }
                else if (x.getLocalName().equals("Override")) {
                    String part = XmlParts.attribute(x, "PartName");
                    if (part != null) {
                        overrides.put(XlsxPackage.key(part), new String[] { part, type.trim() });
                    }
                }
            }
        }
        return new ContentTypes(defaults, overrides);
    }

    String of(String partName) {
        String[] o = overrides.get(XlsxPackage.key(partName));
        if (o != null) {
            return o[1];
        }
        int dot = partName.lastIndexOf('.');
        String d = dot < 0 ? null : defaults.get(partName.substring(dot + 1).toLowerCase(Locale.ROOT));
        return d == null ? "" : d;
    }

    /** The parts named with this type, in name order. */
    List<String> partsOf(String type) {
        List<String> parts = new ArrayList<>();
        for (String[] o : overrides.values()) {
            if (o[1].equals(type)) {
                parts.add(o[0]);
            }
        }
        return parts;
    }

}
