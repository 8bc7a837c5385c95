package yearbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.collect.InputFolder;
import yearbook.collect.ReceivedFile;
import yearbook.collect.ReceivedFile.Withheld;

/**
 * What the collector finds in a hostile input folder, before anything is stored: links
 * out of the folder are listed as links and never read (a link to /etc/passwd or
 * /proc/self/environ must not end up in the archive); a link inside it is followed; a 300
 * MB video is listed by its size and a hash streamed from disk, never read whole; a name
 * in GBK bytes is decoded, never shown as �.
 */
class HostileInputFolderTest {

    @TempDir
    Path tmp;

    @Test
    void linksOutOfTheFolderAreListedAsLinksAndNeverRead() throws Exception {
        Path year = Files.createDirectories(tmp.resolve("2022"));
        Path sample = Files.copy(HostileFiles.SAMPLE, year.resolve("横河社区.xlsx"));
        Files.createSymbolicLink(year.resolve("密码.xlsx"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(year.resolve("环境.xlsx"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(year.resolve("断开.xlsx"), tmp.resolve("nowhere.xlsx"));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(year.resolve("目录"), outside);
        Files.createSymbolicLink(year.resolve("横河-链接.xlsx"), Path.of("横河社区.xlsx"));

        Map<String, ReceivedFile> listed = byName(InputFolder.list(year, 2, InputFolder.DEFAULT_MAX_FILE_BYTES));
        assertThat(listed).containsOnlyKeys("横河社区.xlsx", "密码.xlsx", "环境.xlsx", "断开.xlsx", "目录", "横河-链接.xlsx");
        for (String link : List.of("密码.xlsx", "环境.xlsx", "断开.xlsx", "目录")) {
            assertThat(listed.get(link).withheld()).as(link).isEqualTo(Withheld.LINK);
            assertThat(listed.get(link).size()).isZero();
        }
        // a link inside the folder is followed: the same bytes as the file it names
        ReceivedFile followed = listed.get("横河-链接.xlsx");
        assertThat(followed.withheld()).isNull();
        assertThat(followed.sha256()).isEqualTo(InputFolder.sha256(sample));
        assertThat(followed.path()).isEqualTo(sample.toRealPath());
    }

    @Test
    void aFileOverTheLimitIsListedByItsSizeAndAStreamedHash() throws Exception {
        Path year = Files.createDirectories(tmp.resolve("2022"));
        Path backup = year.resolve("会议录像 300MB.mp4");
        try (RandomAccessFile f = new RandomAccessFile(backup.toFile(), "rw")) {
            // sparse: made at once, read as 300 MB of zeros
            f.setLength(300L * 1024 * 1024);
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
            .stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        long t0 = System.nanoTime();
        ReceivedFile f = InputFolder.list(year, 1, InputFolder.DEFAULT_MAX_FILE_BYTES).get(0);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peakMb = (heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before) >> 20;
        System.out.printf("[hostile] a 300 MB file listed in %d ms, heap grew at most %d MB%n", ms, peakMb);
        assertThat(f.withheld()).isEqualTo(Withheld.TOO_LARGE);
        assertThat(f.size()).isEqualTo(300L * 1024 * 1024);
        assertThat(f.sha256()).hasSize(64);
        assertThat(peakMb).as("streamed, never held").isLessThan(200);
    }

    @Test
    void aNameInGbkBytesIsDecodedAndUnreadableBytesAreEscapedNeverReplaced() throws Exception {
        Path year = Files.createDirectories(tmp.resolve("2022"));
        // names as a Windows machine in China writes them (GBK), and bytes that are no
        // encoding at all
        bash("cp '" + HostileFiles.SAMPLE.toAbsolutePath() + "' \"" + year
                + "/$(printf '\\xd3\\xc0\\xcc\\xa9\\xc9\\xe7\\xc7\\xf8\\xb1\\xa8\\xb1\\xed').xlsx\"");
        bash("cp '" + HostileFiles.SAMPLE.toAbsolutePath() + "' \"" + year + "/$(printf 'bad-\\xff\\xfe').xlsx\"");
        Map<String, ReceivedFile> listed = byName(InputFolder.list(year, 1, InputFolder.DEFAULT_MAX_FILE_BYTES));
        assertThat(listed).containsOnlyKeys("永泰社区报表.xlsx", "bad-\\xFF\\xFE.xlsx");
        // the file itself is still read from its real path
        for (ReceivedFile f : listed.values()) {
            assertThat(f.sha256()).isEqualTo(InputFolder.sha256(HostileFiles.SAMPLE));
        }
    }

    private static Map<String, ReceivedFile> byName(List<ReceivedFile> files) {
        return files.stream().collect(Collectors.toMap(ReceivedFile::fileName, Function.identity()));
    }

    static void bash(String script) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

}
