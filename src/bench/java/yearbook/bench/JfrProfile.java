package yearbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a stage's time goes, from the child's JFR recording: execution samples (threads running Java)
 * and native-method samples (threads blocked in native code, e.g. waiting for PostgreSQL's answer),
 * within the stage's window, by top frame and by which part of the read they are in.
 */
final class JfrProfile {
    record Profile(long samples, Map<String, Long> topFrames, Map<String, Long> phases, Map<String, Long> yearbookFrames) {
    }

    /** Phases of a read-stage thread, first match from the top of the stack wins. */
    private static final List<String[]> PHASES = List.of(
            new String[]{"store (ReadResultStore.saveAll: COPY of observations, findings, statuses)", "yearbook.read.store.ReadResultStore.save"},
            new String[]{"parse workbook (SubmissionReader.read)", "yearbook.read.WorkbookReader.read"},
            new String[]{"fetch bytes from the archive (ReadStage.fetch)", "yearbook.read.ReadStage.fetch"},
            new String[]{"collect (Collector)", "yearbook.collect.Collector"},
            new String[]{"compile", "yearbook.compile."},
            new String[]{"check", "yearbook.check."},
            new String[]{"publish", "yearbook.publish."});

    static Profile profile(Path jfr, long from, long to) throws Exception {
        Map<String, Long> top = new HashMap<>();
        Map<String, Long> phases = new LinkedHashMap<>();
        Map<String, Long> own = new HashMap<>();
        long n = 0;
        // A run ended from outside may leave no recording, or an empty one: no profile, not a failed benchmark.
        if (!Files.exists(jfr) || Files.size(jfr) == 0) {
            return new Profile(0, top, phases, Map.of());
        }
        try (RecordingFile f = new RecordingFile(jfr)) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                String type = e.getEventType().getName();
                boolean exec = type.equals("jdk.ExecutionSample");
                if (!exec && !type.equals("jdk.NativeMethodSample")) {
                    continue;
                }
                long t = e.getStartTime().toEpochMilli();
                if (t < from || t > to || e.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                String thread = e.getThread("sampledThread") == null ? "" : e.getThread("sampledThread").getJavaName();
                String phase = null;
                for (RecordedFrame fr : frames) {
                    String m = fr.getMethod().getType().getName() + "." + fr.getMethod().getName();
                    for (String[] p : PHASES) {
                        if (m.startsWith(p[1])) {
                            phase = p[0];
                            break;
                        }
                    }
                    if (phase != null) {
                        break;
                    }
                }
                if (phase == null) {
                    continue; // idle pool threads, JIT, Hikari housekeeping, ...
                }
                n++;
                phases.merge(phase, 1L, Long::sum);
                for (RecordedFrame fr : frames) {
                    String m = fr.getMethod().getType().getName() + "." + fr.getMethod().getName();
                    if (m.startsWith("yearbook.")) {
                        own.merge(m + ":" + fr.getLineNumber(), 1L, Long::sum);
                        break;
                    }
                }
                RecordedFrame f0 = frames.get(0);
                top.merge((exec ? "" : "[native] ") + f0.getMethod().getType().getName() + "." + f0.getMethod().getName(), 1L, Long::sum);
            }
        }
        return new Profile(n, top15(top), phases, top15(own));
    }

    private static Map<String, Long> top15(Map<String, Long> top) {
        return top.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
