package yearbook.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A part's relationships (_rels/x.rels): id → target part name, resolved against the
 * source part.
 */
final class Relationships {

    private final Map<String, String> byId;

    private final Map<String, String> byType;

    private Relationships(Map<String, String> byId, Map<String, String> byType) {
        // read-only: a template's relationships are shared by the packages that carry
        // them
        this.byId = Collections.unmodifiableMap(byId);
        this.byType = Collections.unmodifiableMap(byType);
    }

    /**
     * Where the relationships of part {@code partName} are kept: xl/workbook.xml →
     * xl/_rels/workbook.xml.rels.
     */
    static String of(String partName) {
        int slash = partName.lastIndexOf('/');
        return partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
    }

    /**
     * @param source the part they belong to ("" for the package itself)
     */
    static Relationships read(InputStream in, String source) throws IOException, XMLStreamException {
        Map<String, String> byId = new HashMap<>();
        Map<String, String> byType = new LinkedHashMap<>();
        try (in) {
            XMLStreamReader x = XmlParts.open(in);
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("Relationship")) {
                    continue;
                }
                if ("External".equals(XmlParts.attribute(x, "TargetMode"))) {
                    continue;
                }
                String id = XmlParts.attribute(x, "Id");
                String target = resolve(source, XmlParts.attribute(x, "Target"));
                if (target == null) {
                    continue;
                }
                if (id != null) {
                    byId.putIfAbsent(id, target);
                }
                String type = XmlParts.attribute(x, "Type");
                if (type != null) {
                    byType.putIfAbsent(type, target);
                }
            }
        }
        return new Relationships(byId, byType);
    }

    Map<String, String> byId() {
        return byId;
    }

    String byType(String type) {
        return byType.get(type);
    }

    /**
     * A target relative to the source part's folder, or absolute from the package root;
     * null if unusable.
     */
    static String resolve(String source, String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        try {
            URI base = URI.create("/" + (source.startsWith("/") ? source.substring(1) : source));
            String path = base.resolve(new URI(null, null, target.trim(), null)).normalize().getPath();
            if (path == null || path.startsWith("/..")) {
                return null;
            }
            return path.startsWith("/") ? path.substring(1) : path;
        }
        catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

}
