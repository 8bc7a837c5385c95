package yearbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.model.Finding;
import yearbook.model.Observation;
import yearbook.read.ReadResult;
import yearbook.read.WorkbookReader;

/**
 * Seeded, reproducible fuzzing of the real reader with mutated copies of a valid sample
 * workbook: the XML inside its zip edited (digits changed, tags deleted, garbage
 * inserted, text cut) and the zip's raw bytes flipped. Every mutant must be read within a
 * time limit without an exception, and give either a clean result with sane values or an
 * ERROR finding in Chinese. A failing mutant is named by its seed: {@code mutant(seed)}
 * rebuilds it exactly.
 */
class ReaderFuzzTest {

    static final long SEED = 20_220_105L;
    static final int DEFAULT_MUTANTS = 2_000;
    static final int BENCH_MUTANTS = 20_000;
    static final long LIMIT_SECONDS = 5;
    static final int PARALLEL = 2;

    /**
     * No figure of a community is near this: a clean result beyond it would be insane.
     */
    static final BigDecimal SANE_LIMIT = new BigDecimal("1e15");

    /**
     * Every XML part of the package, the sheet and the strings twice as often (they hold
     * the data).
     */
    static final List<String> XML_ENTRIES = List.of(HostileFiles.SHEET, HostileFiles.SHEET, HostileFiles.STRINGS,
            HostileFiles.STRINGS, "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml",
            "xl/_rels/workbook.xml.rels", "_rels/.rels", "docProps/core.xml", "docProps/app.xml");
    static final String[] GARBAGE = { "<", ">", "&", "&amp;", "\"", "</c>", "<row>", "<v>", "</v>",
            "<c r=\"ZZZ99999999\">", "\u0000", "\uFFFF", "\uD800", "9999999999999999999999", "-1", "1e308", "NaN",
            "=SUM(A1)", "<!DOCTYPE x>", "<?xml version=\"1.0\"?>", "]]>", "<![CDATA[", "t=\"e\"", "t=\"b\"",
            "s=\"99999\"", "r=\"A0\"", "\uFEFF", "填报单位", "r=\"-5\"", "r=\"ZZZZZZZZ37\"", "<v>1e400</v>",
            "<v>Infinity</v>", "0." + "3".repeat(400), "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
            "&x;" };

    /**
     * One reader per worker: the reader keeps a DataFormatter, which is not thread-safe.
     */
    static final ThreadLocal<WorkbookReader> READERS = ThreadLocal
        .withInitial(() -> new WorkbookReader(Guarded.CATALOG, Guarded.UNITS));

    @TempDir
    Path tmp;

    @Test
    void twoThousandMutantsNeitherThrowNorHang() throws Exception {
        fuzz(DEFAULT_MUTANTS);
    }

    @Test
    @Tag("slow")
    void twentyThousandMutants() throws Exception {
        fuzz(BENCH_MUTANTS);
    }

    private void fuzz(int count) throws Exception {
        Map<String, byte[]> sample = HostileFiles.sampleEntries();
        byte[] sampleZip = Files.readAllBytes(HostileFiles.SAMPLE);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        // two workers (the machine has two cores); each mutant still has its own time
        // limit
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "fuzz-read");
            t.setDaemon(true); // a hung read must not keep the test JVM alive
            return t;
        });
        long t0 = System.nanoTime();
        long slowest = 0;
        try {
            for (int i = 0; i < count && failures.size() < 10; i += PARALLEL) {
                List<Future<ReadResult>> batch = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int k = 0; k < PARALLEL && i + k < count; k++) {
                    long seed = SEED + i + k;
                    Path file = tmp.resolve("mutant-" + k + ".xlsx");
                    Files.write(file, mutant(seed, sample, sampleZip));
                    String name = "mutant-" + seed + ".xlsx";
                    names.add(name);
                    batch.add(workers.submit(() -> READERS.get().read(file, name)));
                }
                long s0 = System.nanoTime();
                for (int k = 0; k < batch.size(); k++) {
                    String name = names.get(k);
                    ReadResult r;
                    try {
                        long left = TimeUnit.SECONDS.toNanos(LIMIT_SECONDS) - (System.nanoTime() - s0);
                        r = batch.get(k).get(Math.max(left, 1), TimeUnit.NANOSECONDS);
                    }
                    catch (TimeoutException e) {
                        batch.get(k).cancel(true);
                        failures.add(name + ": no result within " + LIMIT_SECONDS + " s");
                        continue;
                    }
                    catch (ExecutionException e) {
                        failures.add(name + ": threw " + e.getCause());
                        continue;
                    }
                    String problem = check(r);
                    if (problem != null) {
                        failures.add(name + ": " + problem);
                    }
                    outcomes.merge(Guarded.summary(r).replaceAll(" errors=\\d+.*", "")
                            + (r.hasErrors() ? " with ERROR" : " clean"), 1, Integer::sum);
                }
                slowest = Math.max(slowest, (System.nanoTime() - s0) / 1_000_000);
            }
        }
        finally {
            workers.shutdownNow();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[hostile] fuzz: %d mutants in %d ms (slowest %d ms): %s%n", count, ms, slowest, outcomes);
        assertThat(failures).as("mutants that broke the reader (rebuild with mutant(seed))").isEmpty();
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        // the mutations must really exercise both paths, or the fuzz proves nothing
        assertThat(outcomes.keySet()).anySatisfy(k -> assertThat(k).endsWith("clean"));
        assertThat(outcomes.keySet()).anySatisfy(k -> assertThat(k).startsWith("NotASubmission"));
        assertThat(outcomes.keySet()).anySatisfy(k -> assertThat(k).isEqualTo("Report with ERROR"));
    }

    /** null when the result is acceptable, else what is wrong with it. */
    static String check(ReadResult r) {
        if (r == null) {
            return "null result";
        }
        if (r.findings().isEmpty() && r instanceof ReadResult.NotASubmission) {
            return "not a submission without a finding";
        }
        for (Finding f : r.findings()) {
            if (f.severity() == null || f.rule() == null || f.message() == null || f.advice() == null) {
                return "incomplete finding " + f;
            }
            if (!f.message().matches("(?s).*\\p{IsHan}.*") || f.message().contains("Exception")) {
                return "unreadable finding " + f;
            }
        }
        if (r.hasErrors()) {
            return null;
        }
        if (r instanceof ReadResult.Report rep) {
            if (rep.unitCode() == null || rep.period() == null) {
                return "clean report without unit or period";
            }
            for (Observation o : rep.observations()) {
                if (o.indicatorCode() == null) {
                    return "observation without indicator";
                }
                if (o.value() != null && o.value().abs().compareTo(SANE_LIMIT) > 0) {
                    return "insane value " + o;
                }
                if (o.value() != null && o.value().signum() < 0) {
                    return "negative value accepted " + o;
                }
                if (o.value() != null && o.value().stripTrailingZeros().precision() > 15) {
                    return "value beyond 15 digits accepted " + o;
                }
                if (o.prior() != null && o.prior().abs().compareTo(SANE_LIMIT) > 0) {
                    return "insane prior accepted " + o;
                }
            }
        }
        else if (r instanceof ReadResult.AirQuality aq) {
            if (aq.stationCode() == null || aq.days().isEmpty()) {
                return "clean air quality without station or days";
            }
        }
        return null;
    }

    /** The mutant of a seed: the same seed always gives the same bytes. */
    static byte[] mutant(long seed, Map<String, byte[]> sample, byte[] sampleZip) throws Exception {
        Random r = new Random(seed);
        if (r.nextInt(4) == 0) {
            return flipBytes(r, sampleZip);
        }
        Map<String, byte[]> e = new LinkedHashMap<>(sample);
        int edits = 1 + r.nextInt(4);
        for (int k = 0; k < edits; k++) {
            String entry = XML_ENTRIES.get(r.nextInt(XML_ENTRIES.size()));
            e.put(entry, HostileFiles.bytes(mutateXml(r, HostileFiles.text(e.get(entry)))));
        }
        return HostileFiles.zip(e);
    }

    static byte[] flipBytes(Random r, byte[] zip) {
        byte[] b = zip.clone();
        int flips = 1 + r.nextInt(8);
        for (int k = 0; k < flips; k++) {
            b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
        }
        return b;
    }

    static String mutateXml(Random r, String xml) {
        if (xml.isEmpty()) {
            return xml;
        }
        StringBuilder s = new StringBuilder(xml);
        int at = r.nextInt(s.length());
        switch (r.nextInt(9)) {
            // change digits: values, indexes of shared strings, cell references
            case 0, 1, 2, 3 -> {
                for (int k = 0, n = 1 + r.nextInt(6); k < n; k++) {
                    int p = indexOfDigit(s, r.nextInt(s.length()));
                    if (p >= 0) {
                        s.setCharAt(p, (char) ('0' + r.nextInt(10)));
                    }
                }
            }
            case 4 -> { // delete a tag
                int open = s.indexOf("<", at);
                int close = open < 0 ? -1 : s.indexOf(">", open);
                if (close > 0) {
                    s.delete(open, close + 1);
                }
            }
            case 5 -> s.insert(at, GARBAGE[r.nextInt(GARBAGE.length)]);
            case 6 -> s.setLength(at); // cut short
            case 7 -> { // duplicate a chunk (a row twice, a tag twice)
                int len = Math.min(s.length() - at, 1 + r.nextInt(400));
                s.insert(at, s.substring(at, at + len));
            }
            default -> { // random characters
                for (int k = 0, n = 1 + r.nextInt(10); k < n; k++) {
                    s.setCharAt(r.nextInt(s.length()), (char) r.nextInt(0x3000));
                }
            }
        }
        return s.toString();
    }

    private static int indexOfDigit(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                return i;
            }
        }
        return -1;
    }

}
