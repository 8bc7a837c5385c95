package yearbook.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import yearbook.cli.ScheduleCommand;
import yearbook.deliver.PdfDelivery;

/**
 * serve keeps the office's schedule too (yearbook.schedule.cron, as the schedule command
 * does), so an office keeps one long-running process. Each tick retries pending mail and
 * runs the years due through the console's {@link RunDesk}: its progress shows on the 运行
 * page like a run started there.
 */
public class ServeSchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServeSchedule.class);

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    private final RunDesk desk;

    private final PdfDelivery delivery;

    private final ZoneId zone;

    private final String cron;

    public ServeSchedule(RunDesk desk, PdfDelivery delivery, String cron, ZoneId zone) {
        this.desk = desk;
        this.delivery = delivery;
        this.cron = cron;
        this.zone = zone;
        scheduler.setThreadNamePrefix("serve-schedule-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.schedule(this::tick, new CronTrigger(cron, zone));
        log.info("计划任务已启用: cron「{}」({})", cron, zone);
    }

    public String cron() {
        return cron;
    }

    private void tick() {
        try {
            delivery.retryPending();
            for (int[] due : ScheduleCommand.yearsDue(LocalDateTime.now(zone))) {
                desk.runAndWait(due[0], due[1], "计划任务");
            }
        }
        catch (Exception e) {
            log.error("计划运行失败", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
    }

}
