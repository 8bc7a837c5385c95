package yearbook.read.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;

/**
 * An .xlsx/.xlsm package opened for reading its parts, and nothing more: the zip's
 * central directory (a file's, or a small file's bytes in memory), the content types and
 * the relationships that lead from the package to the workbook and from the workbook to
 * its sheets, styles and strings. Entries are inflated only when read, each behind the
 * zip-bomb guards, the part-size bound where the part is held in memory, and the file's
 * watchdog. POI's OPCPackage did the same by parsing every relationship part into a DOM,
 * which cost more than walking the sheets.
 */
public final class XlsxPackage implements Closeable {

    static final String CORE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    private static final Set<String> WORKBOOK_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.template.macroEnabled.main+xml",
            "application/vnd.ms-excel.addin.macroEnabled.main+xml");

    private static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

    private static final String SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

    /**
     * The package's limits: entries in the zip, the largest expanded entry, the least
     * compressed ÷ expanded size of an entry above 100 KB, the largest part held in
     * memory (workbook, styles, strings).
     */
    public record Limits(long maxEntries, long maxEntryBytes, double minInflateRatio, long maxSmallPartBytes) {
    }

    private final ZipFile zip;

    private final Limits limits;

    private final Watchdog dog;

    /** Part names are case-insensitive in a package (ECMA-376 part 2). */
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

    private final String workbook;

    private final Map<String, String> workbookRelations;

    private final String styles;

    private final String sharedStrings;

    private XlsxPackage(ZipFile zip, Limits limits, Watchdog dog) throws IOException, XMLStreamException {
        this.zip = zip;
        this.limits = limits;
        this.dog = dog;
        int n = 0;
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            if (++n > limits.maxEntries()) {
                throw new IOException(
                        "The file appears to be potentially malicious. This file embeds more internal file entries than expected ("
                                + limits.maxEntries() + ")");
            }
            entries.putIfAbsent(key(e.getName()), e);
        }
        ContentTypes types = cached("[Content_Types].xml", ContentTypes.class, ContentTypes::read);
        String main = cached("_rels/.rels", Relationships.class, in -> Relationships.read(in, ""))
            .byType(CORE_DOCUMENT);
        String type = main == null ? "" : types.of(main);
        if (main == null || !entries.containsKey(key(main)) || !WORKBOOK_TYPES.contains(type)) {
            throw new NotOfficeXmlFileException("main part is " + type + ", not a workbook");
        }
        this.workbook = main;
        String relations = Relationships.of(main);
        this.workbookRelations = entries.containsKey(key(relations))
                ? cached(relations, Relationships.class, in -> Relationships.read(in, main)).byId()
                : Relationships.read(InputStream.nullInputStream(), main).byId();
        this.styles = first(types, STYLES);
        this.sharedStrings = first(types, SHARED_STRINGS);
    }

    /** A package on disk: only the central directory is read on opening. */
    public static XlsxPackage open(Path file, Limits limits, Watchdog dog) throws IOException, XMLStreamException {
        ZipFile zip = ZipFile.builder().setPath(file).get();
        return opened(zip, limits, dog);
    }

    /**
     * A small package from its bytes: nothing written to disk, nothing inflated until
     * read.
     */
    public static XlsxPackage open(byte[] content, Limits limits, Watchdog dog) throws IOException, XMLStreamException {
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
        return opened(zip, limits, dog);
    }

    private static XlsxPackage opened(ZipFile zip, Limits limits, Watchdog dog) throws IOException, XMLStreamException {
        try {
            return new XlsxPackage(zip, limits, dog);
        }
        catch (XMLStreamException e) {
            zip.close();
            throw unwrapped(e);
        }
        catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * StAX wraps what the stream under it throws; the guards' own exceptions (the
     * watchdog, a part too large, a zip bomb) are what the reader reports, so they are
     * thrown as themselves.
     */
    public static XMLStreamException unwrapped(XMLStreamException e) throws IOException {
        for (Throwable t = e.getCause() != null ? e.getCause() : e.getNestedException(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                throw io;
            }
        }
        return e;
    }

    public WorkbookPart workbook() throws IOException, XMLStreamException {
        return cached(workbook, WorkbookPart.class, WorkbookPart::read);
    }

    public StylesPart styles() throws IOException, XMLStreamException {
        return styles == null ? StylesPart.empty() : cached(styles, StylesPart.class, StylesPart::read);
    }

    /** Phonetic runs are not part of a cell's text (as in POI's user model). */
    public SharedStringsPart sharedStrings() throws IOException, XMLStreamException {
        return sharedStrings == null ? SharedStringsPart.empty() : SharedStringsPart.read(small(sharedStrings));
    }

    /**
     * A sheet's XML, streamed (its size bounds time, not memory: the watchdog's budget
     * applies).
     */
    public InputStream sheet(String relationId) throws IOException {
        String target = relationId == null ? null : workbookRelations.get(relationId);
        if (target == null) {
            throw new IllegalArgumentException("No Sheet found with r:id " + relationId);
        }
        if (!entries.containsKey(key(target))) {
            throw new IllegalArgumentException("No data found for Sheet with r:id " + relationId);
        }
        return part(target);
    }

    private String first(ContentTypes types, String contentType) {
        return types.partsOf(contentType).stream().filter(p -> entries.containsKey(key(p))).findFirst().orElse(null);
    }

    private InputStream part(String name) throws IOException {
        ZipArchiveEntry e = entries.get(key(name));
        if (e == null) {
            throw new NotOfficeXmlFileException("part " + name + " is missing");
        }
        return dog
            .watch(new InflationGuard(zip.getInputStream(e), name, limits.maxEntryBytes(), limits.minInflateRatio()));
    }

    private InputStream small(String name) throws IOException {
        return new BoundedInputStream(part(name), limits.maxSmallPartBytes(), partLabel(name));
    }

    /** How a small part is parsed from its expanded bytes. */
    private interface PartReader<T> {

        T read(InputStream in) throws IOException, XMLStreamException;

    }

    /**
     * A small part, parsed, or taken from {@link PartCache} when a package read before
     * stored the very same bytes for it.
     */
    private <T> T cached(String name, Class<T> kind, PartReader<T> reader) throws IOException, XMLStreamException {
        ZipArchiveEntry e = entries.get(key(name));
        byte[] stored = e == null ? null : stored(e);
        if (stored == null) {
            return reader.read(small(name));
        }
        PartCache.Key key = new PartCache.Key(kind, name, e.getMethod(), e.getSize(), e.getCrc(), limits,
                ByteBuffer.wrap(stored));
        T hit = PartCache.SHARED.get(key);
        if (hit != null) {
            return hit;
        }
        T part = reader.read(small(name));
        PartCache.SHARED.put(key, part);
        return part;
    }

    /** An entry's bytes as stored, if it is small enough to be looked up by them. */
    private byte[] stored(ZipArchiveEntry e) throws IOException {
        long size = e.getCompressedSize();
        if (size < 0 || size > PartCache.MAX_STORED_BYTES || e.getSize() < 0
                || e.getSize() > PartCache.MAX_EXPANDED_BYTES) {
            return null;
        }
        try (InputStream raw = zip.getRawInputStream(e)) {
            if (raw == null) {
                return null;
            }
            byte[] bytes = raw.readNBytes((int) size + 1);
            return bytes.length == size ? bytes : null;
        }
    }

    /** workbook, styles, sharedStrings: the part's name as the finding calls it. */
    private static String partLabel(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.endsWith(".xml") ? file.substring(0, file.length() - 4) : file;
    }

    static String key(String partName) {
        String n = partName.startsWith("/") ? partName.substring(1) : partName;
        return n.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

}
