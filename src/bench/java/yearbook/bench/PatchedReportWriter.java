package yearbook.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes monthly report workbooks fast enough for a province (240,000 files in minutes): one
 * template workbook is written by {@link ReportGenerator} (POI's streaming writer, shared strings as
 * Excel writes them) with a sentinel in every place that varies, and each report is then that
 * template's zip entries, in the same order, deflated again with the sentinels replaced by the
 * report's texts (in the shared strings part) and numbers (in the sheet part). Nothing else differs
 * from the POI-written file: same parts, same styles, same cell layout; a number is written as Excel
 * writes it (the shortest decimal, no exponent), which reads back as the same double.
 */
final class PatchedReportWriter {
    /** An entry of the template: its bytes cut at the sentinels, and which value goes into each cut. */
    private record Part(String name, long time, List<byte[]> pieces, List<Integer> holes) {
    }

    private static final int META_HOLES = 5;

    private final List<Part> parts = new ArrayList<>();
    private final int rows;

    /** @param scratch a folder for the template workbook (written once, then read back) */
    PatchedReportWriter(ReportGenerator generator, Path scratch) throws IOException {
        this.rows = generator.rowsPerReport();
        List<BigDecimal> values = new ArrayList<>(), priors = new ArrayList<>();
        for (int k = 0; k < rows; k++) {
            values.add(BigDecimal.valueOf(sentinelNumber(2 * k)));
            priors.add(BigDecimal.valueOf(sentinelNumber(2 * k + 1)));
        }
        ReportGenerator.Report template = new ReportGenerator.Report(ReportGenerator.TITLE, sentinelText(0), sentinelText(1),
                sentinelText(2), sentinelText(3), sentinelText(4), values, priors);
        Files.createDirectories(scratch);
        Path file = scratch.resolve("template.xlsx");
        generator.write(file, template);
        List<String> markers = new ArrayList<>();
        for (int h = 0; h < META_HOLES; h++) {
            markers.add(">" + sentinelText(h) + "<");
        }
        for (int k = 0; k < 2 * rows; k++) {
            markers.add("<v>" + Double.toString(sentinelNumber(k)) + "</v>");
        }
        int[] found = new int[markers.size()];
        // The central directory lists the entries in the order they were written.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    parts.add(cut(e, in.readAllBytes(), markers, found));
                }
            }
        }
        for (int h = 0; h < found.length; h++) {
            if (found[h] != 1) {
                throw new IllegalStateException("template: marker " + markers.get(h) + " found " + found[h] + " times");
            }
        }
    }

    private static Part cut(ZipEntry e, byte[] bytes, List<String> markers, int[] found) {
        if (!e.getName().endsWith(".xml")) {
            return new Part(e.getName(), e.getTime(), List.of(bytes), List.of());
        }
        String xml = new String(bytes, StandardCharsets.UTF_8);
        record Hit(int at, int hole, int length) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int h = 0; h < markers.size(); h++) {
            String m = markers.get(h);
            for (int at = xml.indexOf(m); at >= 0; at = xml.indexOf(m, at + 1)) {
                found[h]++;
                // keep the marker's delimiters (">…<", "<v>…</v>") in the pieces; only the inside is replaced
                int lead = m.startsWith("<v>") ? 3 : 1;
                int trail = m.startsWith("<v>") ? 4 : 1;
                hits.add(new Hit(at + lead, h, m.length() - lead - trail));
            }
        }
        if (hits.isEmpty()) {
            return new Part(e.getName(), e.getTime(), List.of(bytes), List.of());
        }
        hits.sort((a, b) -> Integer.compare(a.at(), b.at()));
        List<byte[]> pieces = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        int from = 0;
        for (Hit h : hits) {
            pieces.add(xml.substring(from, h.at()).getBytes(StandardCharsets.UTF_8));
            holes.add(h.hole());
            from = h.at() + h.length();
        }
        pieces.add(xml.substring(from).getBytes(StandardCharsets.UTF_8));
        return new Part(e.getName(), e.getTime(), Collections.unmodifiableList(pieces), Collections.unmodifiableList(holes));
    }

    /** Distinct, and nothing else in a report looks like them. */
    private static String sentinelText(int h) {
        return "ZZSENTINEL" + h + "ZZ";
    }

    private static double sentinelNumber(int k) {
        return 900_000_000d + k;
    }

    /** @return the number of indicator rows written */
    int write(Path file, ReportGenerator.Report r) throws IOException {
        String[] fill = new String[META_HOLES + 2 * rows];
        fill[0] = xmlText(r.unitName());
        fill[1] = xmlText(r.period());
        fill[2] = xmlText(r.filer());
        fill[3] = xmlText(r.phone());
        fill[4] = xmlText(r.filedOn());
        for (int k = 0; k < rows; k++) {
            fill[META_HOLES + 2 * k] = number(r.values().get(k));
            fill[META_HOLES + 2 * k + 1] = number(r.priors().get(k));
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            zip.setMethod(ZipOutputStream.DEFLATED);
            for (Part p : parts) {
                ZipEntry e = new ZipEntry(p.name());
                e.setTime(p.time());
                zip.putNextEntry(e);
                for (int i = 0; i < p.pieces().size(); i++) {
                    zip.write(p.pieces().get(i));
                    if (i < p.holes().size()) {
                        zip.write(fill[p.holes().get(i)].getBytes(StandardCharsets.UTF_8));
                    }
                }
                zip.closeEntry();
            }
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            buffer.writeTo(out);
        }
        return rows;
    }

    /** As Excel writes a number: the shortest decimal that reads back as the same double, no exponent. */
    static String number(BigDecimal v) {
        String s = BigDecimal.valueOf(v.doubleValue()).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static String xmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
