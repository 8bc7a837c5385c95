package yearbook.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Makes hostile files in test setup from the real sample workbook (so nothing big is
 * committed): the sample's zip entries are read with java.util.zip, their XML edited as
 * text, and written back. Every maker is deterministic.
 */
final class HostileFiles {

    /** A real, valid community report of the sample year: 横河社区, its values known. */
    static final Path SAMPLE = Path.of("input/2022/横河社区2022年统计报表.xlsx");
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String STRINGS = "xl/sharedStrings.xml";

    /**
     * What /etc/passwd always holds: must never show up in anything the program writes.
     */
    static final String PASSWD_MARK = "root:x:0:0";
    static final String FORMULA = "=HYPERLINK(\"http://x\",\"点我\")";

    private HostileFiles() {
    }

    /** The zip entries of a workbook, in order, as bytes. */
    static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static Map<String, byte[]> sampleEntries() throws IOException {
        return entries(Files.readAllBytes(SAMPLE));
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The sample with one entry's XML rewritten. */
    static byte[] sampleWith(String entry, UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> e = sampleEntries();
        e.put(entry, bytes(edit.apply(text(e.get(entry)))));
        return zip(e);
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    // ---- the hostile files ----

    /**
     * A sheet that inflates 1000:1 past 64 MB: POI's inflate-ratio guard must refuse it.
     */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : sampleEntries().entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                if (e.getKey().equals(SHEET)) {
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        out.write(blanks);
                    }
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * "Billion laughs": nested entities in the shared strings that would expand to
     * gigabytes.
     */
    static byte[] billionLaughs() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");
        return sampleWith(STRINGS, xml -> insertDoctype(xml, dtd.toString())
            .replace("<t xml:space=\"preserve\">李晓燕</t>", "<t xml:space=\"preserve\">&lol9;</t>"));
    }

    /**
     * XXE: an external entity that would pull /etc/passwd into a shared string and a
     * sheet cell.
     */
    static byte[] externalEntity(String entry) throws IOException {
        String dtd = entry.equals(STRINGS) ? "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                : "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        return sampleWith(entry, xml -> {
            String withDtd = insertDoctype(xml, dtd);
            if (entry.equals(STRINGS)) {
                return withDtd.replace("填报单位：横河社区", "填报单位：&xxe;");
            }
            // an inline string cell in the first row
            return withDtd.replaceFirst("<c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c>",
                    "<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>");
        });
    }

    private static String insertDoctype(String xml, String doctype) {
        int afterDecl = xml.indexOf("?>") + 2;
        return xml.substring(0, afterDecl) + doctype + xml.substring(afterDecl);
    }

    /**
     * A workbook of about targetBytes: the sample plus a stored (uncompressed) image of
     * random bytes.
     */
    static void bigWorkbook(Path file, long targetBytes) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : sampleEntries().entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
            // random bytes do not compress: store them, with their size and CRC given up
            // front
            Random r = new Random(42);
            byte[] chunk = new byte[1 << 20];
            r.nextBytes(chunk);
            int chunks = (int) (targetBytes >> 20);
            CRC32 crc = new CRC32();
            for (int i = 0; i < chunks; i++) {
                crc.update(chunk);
            }
            ZipEntry img = new ZipEntry("xl/media/image1.png");
            img.setMethod(ZipEntry.STORED);
            img.setSize((long) chunks << 20);
            img.setCompressedSize((long) chunks << 20);
            img.setCrc(crc.getValue());
            out.putNextEntry(img);
            for (int i = 0; i < chunks; i++) {
                out.write(chunk);
            }
            out.closeEntry();
        }
    }

    /**
     * The sample with {@code rows} more used rows under its data (each a distinct unknown
     * indicator with a number), so that it is a real report whose sheet is huge. The rows
     * vary (their numbers, their names) so the sheet compresses like a real one rather
     * than like a bomb.
     */
    static void manyRows(Path file, int rows) throws IOException {
        Map<String, byte[]> e = sampleEntries();
        String sheet = text(e.get(SHEET));
        int end = sheet.indexOf("</sheetData>");
        String head = sheet.substring(0, end);
        String tail = sheet.substring(end);
        head = head.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:F" + (rows + 60) + "\"/>");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> x : e.entrySet()) {
                out.putNextEntry(new ZipEntry(x.getKey()));
                if (!x.getKey().equals(SHEET)) {
                    out.write(x.getValue());
                }
                else {
                    out.write(bytes(head));
                    Random r = new Random(7);
                    StringBuilder b = new StringBuilder(1 << 16);
                    for (int i = 0; i < rows; i++) {
                        int n = 61 + i;
                        b.append("<row r=\"")
                            .append(n)
                            .append("\"><c r=\"B")
                            .append(n)
                            .append("\" t=\"inlineStr\"><is><t>附加行")
                            .append(Integer.toString(r.nextInt(1 << 30), 36))
                            .append("</t></is></c><c r=\"D")
                            .append(n)
                            .append("\"><v>")
                            .append(r.nextInt(100_000))
                            .append("</v></c></row>");
                        if (b.length() > 60_000) {
                            out.write(bytes(b.toString()));
                            b.setLength(0);
                        }
                    }
                    out.write(bytes(b.toString()));
                    out.write(bytes(tail));
                }
                out.closeEntry();
            }
        }
    }

    /** The sample's bytes encrypted with a password by POI's agile Encryptor. */
    static byte[] passwordProtected(Path scratch) throws Exception {
        // OPCPackage writes back on close: encrypt a copy, never the sample
        Path plain = Files.copy(SAMPLE, scratch.resolve("plain-" + System.nanoTime() + ".xlsx"));
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OPCPackage pkg = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            fs.writeFilesystem(bytes);
        }
        Files.delete(plain);
        return bytes.toByteArray();
    }

    /** A real PNG image, named .xlsx by whoever sent it. */
    static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                img.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** The first half of a real sample workbook, as an interrupted download leaves it. */
    static byte[] truncated() throws IOException {
        byte[] all = Files.readAllBytes(SAMPLE);
        return Arrays.copyOf(all, all.length / 2);
    }

    /** A workbook of n empty visible sheets and no report anywhere. */
    static byte[] manySheets(int n) throws IOException {
        Map<String, byte[]> src = sampleEntries();
        Map<String, byte[]> e = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        byte[] empty = bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>");
        e.put("_rels/.rels", src.get("_rels/.rels"));
        e.put("xl/styles.xml", src.get("xl/styles.xml"));
        for (int i = 1; i <= n; i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet")
                .append(i)
                .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            book.append("<sheet name=\"表")
                .append(i)
                .append("\" sheetId=\"")
                .append(i)
                .append("\" r:id=\"rId")
                .append(i)
                .append("\"/>");
            rels.append("<Relationship Id=\"rId")
                .append(i)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                .append(i)
                .append(".xml\"/>");
            e.put("xl/worksheets/sheet" + i + ".xml", empty);
        }
        e.put("[Content_Types].xml", bytes(types.append("</Types>").toString()));
        e.put("xl/workbook.xml", bytes(book.append("</sheets></workbook>").toString()));
        e.put("xl/_rels/workbook.xml.rels", bytes(rels.append("</Relationships>").toString()));
        return zip(e);
    }

    /**
     * The sample whose first indicator name (over 1 MB of text) is not in the catalog.
     */
    static byte[] hugeString(int chars) throws IOException {
        // random Han characters: text that compresses like text, so the inflate-ratio
        // guard lets it through
        Random r = new Random(11);
        StringBuilder big = new StringBuilder(chars);
        while (big.length() < chars) {
            big.append((char) (0x4E00 + r.nextInt(0x5000)));
        }
        return sampleWith(STRINGS, xml -> replaceFirstIndicatorName(xml, big.toString()));
    }

    /** The sample with 填报单位 written as a formula text. */
    static byte[] formulaUnit() throws IOException {
        return sampleWith(STRINGS, xml -> xml.replace("填报单位：横河社区", "填报单位：" + escape(FORMULA)));
    }

    /** The sample with one indicator name written as a formula text. */
    static byte[] formulaIndicator() throws IOException {
        return sampleWith(STRINGS, xml -> replaceFirstIndicatorName(xml, FORMULA));
    }

    /**
     * Replaces the first indicator name after the header (招引项目数 in the sample), keeping
     * its code.
     */
    private static String replaceFirstIndicatorName(String xml, String replacement) {
        String marker = "<si><t xml:space=\"preserve\">";
        // the sample's strings after 备注 (the header's last column) are section titles and
        // indicator names: the first one whose text names an indicator (not 一、…) is
        // replaced
        int at = xml.indexOf("备注");
        if (at < 0) {
            throw new IllegalStateException("sample has no 备注 header");
        }
        int from = at;
        while (true) {
            int s = xml.indexOf(marker, from);
            if (s < 0) {
                throw new IllegalStateException("no indicator name found in the sample's strings");
            }
            int t0 = s + marker.length();
            int t1 = xml.indexOf("</t>", t0);
            String name = xml.substring(t0, t1);
            if (!name.matches("^[一二三四五六七八九十]+、.*") && name.length() > 3 && name.matches("\\p{IsHan}+")) {
                // and its code (the string before it), so the row is matched by the name
                // alone
                int c0 = xml.lastIndexOf(marker, s - 1) + marker.length();
                int c1 = xml.indexOf("</t>", c0);
                if (!xml.substring(c0, c1).matches("[A-Z_]+")) {
                    throw new IllegalStateException("no code before " + name);
                }
                return xml.substring(0, c0) + " " + xml.substring(c1, t0) + escape(replacement) + xml.substring(t1);
            }
            from = t1;
        }
    }

    // ---- part 2: values, references, dates, a watchdog ----

    /** The sample's cell D11 (本期 of 走访楼宇企业, 家: 147 in the sample). */
    static final String VALUE_CELL = "D11";

    /** The same row's 上年同期, empty in the sample. */
    static final String PRIOR_CELL = "E11";

    /**
     * The sample's sheet with cell {@code ref}'s element replaced (or, when absent, added
     * at the end of its row).
     */
    static String withCell(String sheet, String ref, String cellXml) {
        Matcher m = Pattern.compile("<c r=\"" + ref + "\"[^>]*?(/>|>.*?</c>)").matcher(sheet);
        if (m.find()) {
            return sheet.substring(0, m.start()) + cellXml + sheet.substring(m.end());
        }
        String row = ref.replaceAll("[A-Z]", "");
        int at = sheet.indexOf("<row r=\"" + row + "\"");
        int end = sheet.indexOf("</row>", at);
        return sheet.substring(0, end) + cellXml + sheet.substring(end);
    }

    /**
     * The sample with a cell written as text (an inline string), as a clerk pastes it.
     */
    static byte[] textInCell(String ref, String text) throws IOException {
        return sampleWith(SHEET,
                x -> withCell(x, ref, "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>"));
    }

    /**
     * The sample with a number cell whose stored value is {@code raw} (NaN, INF, 1e400,
     * 1e308 …).
     */
    static byte[] rawNumber(String ref, String raw) throws IOException {
        return sampleWith(SHEET, x -> withCell(x, ref, "<c r=\"" + ref + "\" t=\"n\"><v>" + raw + "</v></c>"));
    }

    /**
     * 1. followed by {@code decimals} digits: a value no statistic has, pasted from a
     * calculation.
     */
    static String longDecimal(int decimals) {
        StringBuilder b = new StringBuilder("1.");
        Random r = new Random(decimals);
        for (int i = 0; i < decimals; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    /**
     * The sample whose name cell of row 11 points at shared string {@code index} (there
     * are 116).
     */
    static byte[] sharedStringOutOfRange(int index) throws IOException {
        return sampleWith(SHEET,
                x -> x.replaceFirst("<c r=\"B11\"([^>]*)><v>\\d+</v></c>", "<c r=\"B11\"$1><v>" + index + "</v></c>"));
    }

    /** The sample with row 11 renumbered (-5, 0, 2000000 …). */
    static byte[] rowNumbered(String r) throws IOException {
        return sampleWith(SHEET,
                x -> x.replace("<row r=\"11\"", "<row r=\"" + r + "\"").replace("r=\"D11\"", "r=\"D11\""));
    }

    /** The sample with cell D11 given a reference no spreadsheet has (ZZZZZZZZ37). */
    static byte[] cellReference(String ref) throws IOException {
        return sampleWith(SHEET, x -> x.replace("<c r=\"D11\"", "<c r=\"" + ref + "\""));
    }

    /** The sample with its 填报日期 (shared string 9, 2023年1月6日) written as {@code date}. */
    static byte[] filedOn(String date) throws IOException {
        return sampleWith(STRINGS, x -> {
            int si = 0;
            int at = 0;
            for (int i = 0; i <= 9; i++) {
                si = x.indexOf("<si>", at);
                at = si + 4;
            }
            int end = x.indexOf("</si>", si) + 5;
            return x.substring(0, si) + "<si><t>" + date + "</t></si>" + x.substring(end);
        });
    }

    /**
     * A workbook of {@code sheets} visible sheets that all point at one part of junk
     * elements and hold no row: the shape of the 38 MB / 99-sheet file, smaller. The junk
     * varies a little (so it compresses about 50:1 and passes the inflate-ratio guard of
     * 100:1) and sits outside sheetData.
     */
    static byte[] sheetsSharingOneJunkPart(int sheets, int junkBytes) throws IOException {
        Map<String, byte[]> src = sampleEntries();
        Map<String, byte[]> e = new LinkedHashMap<>();
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        e.put("[Content_Types].xml", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/junk.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>"));
        e.put("_rels/.rels", src.get("_rels/.rels"));
        e.put("xl/styles.xml", src.get("xl/styles.xml"));
        StringBuilder book = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"" + main
                        + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            book.append("<sheet name=\"数据")
                .append(i)
                .append("\" sheetId=\"")
                .append(i)
                .append("\" r:id=\"rId")
                .append(i)
                .append("\"/>");
            rels.append("<Relationship Id=\"rId")
                .append(i)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/junk.xml\"/>");
        }
        e.put("xl/workbook.xml", bytes(book.append("</sheets></workbook>").toString()));
        e.put("xl/_rels/workbook.xml.rels", bytes(rels.append("</Relationships>").toString()));
        StringBuilder junk = new StringBuilder(junkBytes + 200)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"")
            .append(main)
            .append("\"><sheetData/><extLst>");
        Random r = new Random(99);
        while (junk.length() < junkBytes) {
            junk.append("<j k=\"")
                .append(Integer.toHexString(r.nextInt(1 << 20)))
                .append("\"/>")
                .append("<j/>".repeat(60));
        }
        e.put("xl/worksheets/junk.xml", bytes(junk.append("</extLst></worksheet>").toString()));
        return zip(e);
    }

    /**
     * The sample with a DOCTYPE (an external entity) in one of the package's own parts,
     * which POI parses itself.
     */
    static byte[] doctypeIn(String entry) throws IOException {
        String root = switch (entry) {
            case "[Content_Types].xml" -> "Types";
            case "_rels/.rels" -> "Relationships";
            default -> "cp:coreProperties";
        };
        return sampleWith(entry,
                xml -> insertDoctype(xml, "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
    }

    /**
     * A legacy .xls (written by POI's HSSF from the sample's first rows) whose
     * shared-string table (the SST record) says it holds far more strings than it does,
     * and whose first string claims to be longer than the record: what a damaged download
     * of an old Excel file looks like.
     */
    static byte[] damagedXlsSst() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet sh = wb.createSheet("报表");
            String[] texts = { "填报单位：横河社区", "报告期", "2022年", "指标名称", "本期", "走访楼宇企业" };
            for (int i = 0; i < texts.length; i++) {
                sh.createRow(i).createCell(0).setCellValue(texts[i]);
            }
            wb.write(out);
        }
        byte[] b = out.toByteArray();
        for (int i = 0; i + 12 < b.length; i++) {
            // SST record: sid 0x00FC, length, cstTotal, cstUnique = 6
            if ((b[i] & 0xff) == 0xFC && b[i + 1] == 0 && b[i + 8] == 6 && b[i + 9] == 0 && b[i + 10] == 0
                    && b[i + 11] == 0) {
                b[i + 8] = (byte) 0xFF;
                b[i + 9] = (byte) 0xFF;
                b[i + 10] = (byte) 0xFF;
                b[i + 11] = (byte) 0x0F;
                b[i + 12] = (byte) 0xFF; // the first string's character count
                b[i + 13] = (byte) 0x7F;
                return b;
            }
        }
        throw new IllegalStateException("no SST record found");
    }

    /**
     * The sample filed on {@code date} with 本期 of 走访楼宇企业 changed to {@code value}: a
     * version that must not win.
     */
    static byte[] filedOnWithValue(String date, String value) throws IOException {
        Map<String, byte[]> e = entries(filedOn(date));
        e.put(SHEET, bytes(withCell(text(e.get(SHEET)), VALUE_CELL,
                "<c r=\"" + VALUE_CELL + "\" t=\"n\"><v>" + value + "</v></c>")));
        return zip(e);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

}
