package yearbook.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks for the web tests, made from the project's real LibreOffice-written sample
 * (横河社区's 2022 report): its zip entries edited as XML text and written back, nothing
 * large committed.
 */
final class Workbooks {

    static final Path HENGHE_2022 = Path.of("input/2022/横河社区2022年统计报表.xlsx");
    static final Path GAODIAN_2022 = Path.of("input/2022/高店社区2022年度报表.xlsx");
    static final Path HENGHE_2023_Q1 = Path.of("src/test/resources/years/2023/横河社区2023年第1季度.xlsx");
    static final Path HENGHE_2023_Q2 = Path.of("src/test/resources/years/2023/横河社区2023年第2季度.xlsx");
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String STRINGS = "xl/sharedStrings.xml";

    private Workbooks() {
    }

    static final Path XINHUA_2023_Q1 = Path.of("src/test/resources/years/2023/新华社区2023年第1季度.xlsx");

    /**
     * 新华社区 2023 Q1 corrected: filed on 2023-04-20 (was the 10th), 本期 in D11 27 (was 26).
     */
    static byte[] xinhuaCorrected() throws IOException {
        byte[] filed = edit(read(XINHUA_2023_Q1), STRINGS, xml -> {
            int at = xml.indexOf("填报日期");
            int day = xml.indexOf("preserve\">10</t>", at);
            if (at < 0 || day < 0) {
                throw new IllegalStateException("sample changed: no 填报日期 …10日");
            }
            return xml.substring(0, day) + "preserve\">20</t>" + xml.substring(day + "preserve\">10</t>".length());
        });
        return edit(filed, SHEET, xml -> {
            String cell = "<c r=\"D11\" s=\"0\" t=\"n\"><v>26</v></c>";
            if (!xml.contains(cell)) {
                throw new IllegalStateException("sample changed: no D11 = 26");
            }
            return xml.replace(cell, "<c r=\"D11\" s=\"0\" t=\"n\"><v>27</v></c>");
        });
    }

    /**
     * 新华社区's 2023 Q1 report filed by another unit of the registry (its 填报单位 cell
     * replaced).
     */
    static byte[] xinhuaFiledAs(String unitName) throws IOException {
        return edit(read(XINHUA_2023_Q1), STRINGS, xml -> {
            String cell = "<si><t xml:space=\"preserve\">新华社区</t></si>";
            if (!xml.contains(cell)) {
                throw new IllegalStateException("sample changed: no 新华社区 string");
            }
            return xml.replace(cell, "<si><t xml:space=\"preserve\">" + escape(unitName) + "</t></si>");
        });
    }

    static byte[] read(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    /**
     * 横河社区 2022 with 本期 of the row in D11 written as words: held back, the finding at
     * 报表!D11.
     */
    static byte[] brokenHenghe() throws IOException {
        return edit(read(HENGHE_2022), SHEET, xml -> {
            String cell = "<c r=\"D11\" s=\"0\" t=\"n\"><v>147</v></c>";
            if (!xml.contains(cell)) {
                throw new IllegalStateException("sample changed: no D11 = 147");
            }
            return xml.replace(cell, "<c r=\"D11\" s=\"0\" t=\"inlineStr\"><is><t>约一百四十七</t></is></c>");
        });
    }

    /** 横河社区 2022 whose 填报单位 reads as the given text. */
    static byte[] hengheFiledBy(String unit) throws IOException {
        return edit(read(HENGHE_2022), STRINGS, xml -> xml.replace("填报单位：横河社区", "填报单位：" + escape(unit)));
    }

    /**
     * A valid report of about {@code bytes}: 横河社区's 2023 Q2 report carrying a picture the
     * clerk pasted in (an incompressible media part), as a 1 MB workbook from a community
     * usually is.
     */
    static byte[] paddedTo(Path report, int bytes) throws IOException {
        Map<String, byte[]> e = entries(read(report));
        byte[] picture = new byte[bytes];
        new Random(11).nextBytes(picture);
        e.put("xl/media/image1.png", picture);
        return zip(e);
    }

    /**
     * A sheet that inflates past 64 MB at 1000:1: refused by POI's inflate-ratio guard.
     */
    static byte[] zipBomb() throws IOException {
        Map<String, byte[]> e = entries(read(HENGHE_2022));
        byte[] sheet = e.get(SHEET);
        byte[] big = new byte[sheet.length + (64 << 20)];
        System.arraycopy(sheet, 0, big, 0, sheet.length);
        Arrays.fill(big, sheet.length, big.length, (byte) ' ');
        e.put(SHEET, big);
        return zip(e);
    }

    /** "Billion laughs" in the shared strings. */
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
        return edit(read(HENGHE_2022), STRINGS, xml -> {
            int at = xml.indexOf("?>") + 2;
            return xml.substring(0, at) + dtd + xml.substring(at).replace("李晓燕", "&lol9;");
        });
    }

    static byte[] edit(byte[] xlsx, String entry, UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> e = entries(xlsx);
        e.put(entry, change.apply(new String(e.get(entry), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(e);
    }

    static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry z; (z = in.getNextEntry()) != null;) {
                out.put(z.getName(), in.readAllBytes());
            }
        }
        return out;
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

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
