package yearbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap from the child's unified GC log (-Xlog:gc,gc+heap+exit:file=...:time). The heap only grows
 * between collections, so the peak of a window is the largest "before" figure of the pauses in it (or
 * the heap at exit); "live" is the largest "after" figure, i.e. what survived a collection.
 */
final class GcLog {
    static final String JVM_OPTION_PREFIX = "-Xlog:gc,gc+heap+exit:file=";
    static final String JVM_OPTION_SUFFIX = ":time";

    record Pause(long wallMillis, long beforeMb, long afterMb) {
    }

    private static final Pattern PAUSE = Pattern.compile("^\\[([^\\]]+)\\].*Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    /** G1's one "garbage-first heap" line at exit, or the parallel collector's two generations. */
    private static final Pattern EXIT_USED = Pattern
        .compile("^\\[([^\\]]+)\\]\\s+(?:.*heap|PSYoungGen|ParOldGen)\\s+total\\s+(\\d+)K, used (\\d+)K");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    final List<Pause> pauses = new ArrayList<>();
    long exitUsedMb = -1;
    long exitWallMillis = -1;

    static GcLog parse(Path file) throws IOException {
        GcLog g = new GcLog();
        if (!Files.exists(file)) {
            return g;
        }
        long exitUsedKb = 0;
        for (String line : Files.readAllLines(file)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                g.pauses.add(new Pause(millis(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
                continue;
            }
            Matcher e = EXIT_USED.matcher(line);
            if (e.find()) {
                exitUsedKb += Long.parseLong(e.group(3));
                g.exitUsedMb = exitUsedKb / 1024;
                g.exitWallMillis = millis(e.group(1));
            }
        }
        return g;
    }

    private static long millis(String t) {
        return OffsetDateTime.parse(t, TIME).toInstant().toEpochMilli();
    }

    /** Peak used heap (MB) over the whole run. */
    long peakMb() {
        long p = Math.max(0, exitUsedMb);
        for (Pause x : pauses) {
            p = Math.max(p, x.beforeMb());
        }
        return p;
    }

    /** Largest heap that survived a collection (MB). */
    long liveMb() {
        long p = 0;
        for (Pause x : pauses) {
            p = Math.max(p, x.afterMb());
        }
        return p;
    }

    /**
     * Peak used heap within [from, to]: the first pause after the window closes bounds the window's
     * peak from above (the heap only grew until it), so that pause is counted too; -1 if none.
     */
    long peakMb(long from, long to) {
        long p = -1;
        for (Pause x : pauses) {
            if (x.wallMillis() >= from && x.wallMillis() <= to) {
                p = Math.max(p, x.beforeMb());
            }
        }
        for (Pause x : pauses) {
            if (x.wallMillis() > to) {
                p = Math.max(p, x.beforeMb());
                return p;
            }
        }
        if (exitWallMillis > 0) {
            p = Math.max(p, exitUsedMb);
        }
        return p;
    }

    static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
