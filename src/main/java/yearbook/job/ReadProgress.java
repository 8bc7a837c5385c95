package yearbook.job;

import org.springframework.batch.core.step.StepExecution;
import yearbook.read.ReadStage;

/**
 * The read step's progress: besides the stage starting and ending, how many files there
 * are to read.
 */
class ReadProgress extends StageProgress {

    private final Progress progress;

    private final ReadStage read;

    ReadProgress(Progress progress, ReadStage read) {
        super(progress);
        this.progress = progress;
        this.read = read;
    }

    @Override
    public void beforeStep(StepExecution s) {
        super.beforeStep(s);
        progress.filesToRead(read.pending(s.getJobParameters().getLong("year").intValue()));
    }

}
