package yearbook.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yearbook.account.ConsoleUser;
import yearbook.account.Role;
import yearbook.catalog.UnitRegistry;
import yearbook.collect.SubmissionStatus;
import yearbook.collect.UploadIntake;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.read.ReadResult;
import yearbook.read.SubmissionReader;

/**
 * 上报: reads an uploaded workbook exactly as {@code check} does and answers at once; an
 * acceptable file goes into the archive through {@link UploadIntake}, a file with an
 * error is held back and nothing of it is kept. A reporter may only send its own unit's
 * reports.
 */
public class UploadDesk {

    private static final Logger log = LoggerFactory.getLogger(UploadDesk.class);

    /**
     * Workbooks read at once: a burst of hostile uploads must leave the server answering
     * other pages.
     */
    private final Semaphore readers = new Semaphore(2, true);

    private final SubmissionReader reader;

    private final UploadIntake intake;

    private final UnitRegistry units;

    private final Clock clock;

    public UploadDesk(SubmissionReader reader, UploadIntake intake, UnitRegistry units, Clock clock) {
        this.reader = reader;
        this.intake = intake;
        this.units = units;
        this.clock = clock;
    }

    /**
     * The answer shown on the page for one file.
     *
     * @param what e.g. "横河社区 2022年" or "唐闸公园 空气质量日报"; null when not told
     * @param stored null when held back
     */
    public record Answer(String fileName, boolean accepted, String what, SubmissionStatus stored, String duplicateOf,
            int replaced, List<Finding> findings, long millis) {
        public boolean heldBack() {
            return !accepted;
        }

        public long errors() {
            return findings.stream().filter(Finding::isError).count();
        }
    }

    public Answer take(ConsoleUser user, String submittedName, byte[] content) {
        long t0 = System.nanoTime();
        String name = UploadName.of(submittedName, content);
        ReadResult result = read(content, name);
        List<Finding> findings = new ArrayList<>(result.findings());
        Integer year = yearOf(result);
        String unit = unitOf(result);
        if (user.role() == Role.REPORTER && unit != null && !user.unitCode().equals(unit)) {
            findings.add(0,
                    Finding.error("NOT_YOUR_UNIT", new CellRef(name, null), units.nameOf(unit),
                            "本文件的填报单位是「" + units.nameOf(unit) + "」,你的账号只能报送「" + units.nameOf(user.unitCode()) + "」的报表。",
                            "请选择本单位的报表;如填报单位写错了,请改正后重新上报。"));
        }
        boolean acceptable = !(result instanceof ReadResult.NotASubmission) && year != null
                && findings.stream().noneMatch(Finding::isError);
        String what = describe(result);
        if (!acceptable) {
            log.info("上报文件被退回: {} (账号 {}), {} 条问题", name, user.login(), findings.size());
            return new Answer(name, false, what, null, null, 0, findings, millis(t0));
        }
        UploadIntake.Stored s = intake.store(year, "上报/" + user.login() + "/" + name, content, clock.instant(),
                user.login(), result);
        log.info("上报文件已入库: {} (账号 {}) → {} #{}", name, user.login(), s.status(), s.submissionId());
        return new Answer(name, true, what, s.status(), s.firstFile(), s.replaced(), findings, millis(t0));
    }

    private ReadResult read(byte[] content, String name) {
        try {
            if (!readers.tryAcquire(60, TimeUnit.SECONDS)) {
                return busy(name);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return busy(name);
        }
        try {
            return reader.read(content, name);
        }
        catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the same answer the read stage gives a file its reader cannot cope with
            log.error("读取上报文件 {} 时出现程序错误", name, e);
            return new ReadResult.NotASubmission(List.of(Finding.error("READ_FAILED", new CellRef(name, null), null,
                    "程序无法读取此文件。", "请用 Excel 或 WPS 打开后另存为 .xlsx 再上报;如仍有问题,请联系街道统计站。")));
        }
        finally {
            readers.release();
        }
    }

    private static ReadResult busy(String name) {
        return new ReadResult.NotASubmission(
                List.of(Finding.error("SERVER_BUSY", new CellRef(name, null), null, "服务器正忙,未能审核此文件。", "请稍后重新上报。")));
    }

    private static Integer yearOf(ReadResult r) {
        if (r instanceof ReadResult.Report rep) {
            return rep.period() == null ? null : rep.period().year();
        }
        if (r instanceof ReadResult.AirQuality aq && !aq.days().isEmpty()) {
            return aq.days().get(0).day().getYear();
        }
        return null;
    }

    private static String unitOf(ReadResult r) {
        if (r instanceof ReadResult.Report rep) {
            return rep.unitCode();
        }
        if (r instanceof ReadResult.AirQuality aq) {
            return aq.stationCode();
        }
        return null;
    }

    private String describe(ReadResult r) {
        if (r instanceof ReadResult.Report rep && rep.unitCode() != null) {
            return units.nameOf(rep.unitCode()) + " " + (rep.period() == null ? "报告期未识别" : rep.period().label())
                    + " · 指标 " + rep.observations().size() + " 项";
        }
        if (r instanceof ReadResult.AirQuality aq && aq.stationCode() != null) {
            return units.nameOf(aq.stationCode()) + " 空气质量日报 · " + aq.days().size() + " 天";
        }
        return null;
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

}
