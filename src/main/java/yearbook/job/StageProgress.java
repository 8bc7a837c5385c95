package yearbook.job;

import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Tells the progress sink when a stage starts and ends. */
class StageProgress implements StepExecutionListener {

    private final Progress progress;

    StageProgress(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution s) {
        progress.stageStarted(s.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution s) {
        long ms = s.getStartTime() == null ? 0 : Duration.between(s.getStartTime(), LocalDateTime.now()).toMillis();
        progress.stageFinished(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(), ms);
        return s.getExitStatus();
    }

}
