package yearbook.job;

import java.util.concurrent.atomic.AtomicReference;

/** The progress sink of the current run: the command sets it, the stages report to it. */
public class ProgressHolder implements Progress {

    private final AtomicReference<Progress> target = new AtomicReference<>(Progress.SILENT);

    public void set(Progress p) {
        target.set(p == null ? Progress.SILENT : p);
    }

    @Override
    public void stageStarted(String stage) {
        target.get().stageStarted(stage);
    }

    @Override
    public void stageFinished(String stage, String status, long read, long written, long millis) {
        target.get().stageFinished(stage, status, read, written, millis);
    }

    @Override
    public void filesToRead(int total) {
        target.get().filesToRead(total);
    }

    @Override
    public void fileRead(String fileName) {
        target.get().fileRead(fileName);
    }

}
