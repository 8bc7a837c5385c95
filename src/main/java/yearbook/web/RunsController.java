package yearbook.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import yearbook.account.ConsoleUser;
import yearbook.account.Role;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitRegistry;
import yearbook.job.RunHistory;

/**
 * 运行: the runs as status prints them, starting one, its live progress, the outputs to
 * download.
 */
@Controller
@ConditionalOnWebApplication
class RunsController {

    private final RunHistory history;

    private final RunDesk desk;

    private final OutputFiles outputs;

    private final UnitRegistry units;

    private final ConsoleModel common;

    RunsController(RunHistory history, RunDesk desk, OutputFiles outputs, UnitRegistry units, ConsoleModel common) {
        this.history = history;
        this.desk = desk;
        this.outputs = outputs;
        this.units = units;
        this.common = common;
    }

    @GetMapping("/runs")
    String runs(@AuthenticationPrincipal ConsoleUser me, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? common.defaultYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("years", common.years());
        List<RunHistory.Run> runs = new ArrayList<>(history.runs(y));
        Collections.reverse(runs);
        model.addAttribute("runs", runs);
        model.addAttribute("files", history.files(y));
        RunDesk.Current now = desk.current();
        model.addAttribute("current", now);
        model.addAttribute("refresh", now != null && now.running());
        boolean readsOutputs = me.role() != Role.REPORTER;
        model.addAttribute("outputs", readsOutputs ? outputs.list(y) : List.of());
        boolean hasReport = outputs.validationReport(y).isPresent();
        List<ReportingUnit> sheets = new ArrayList<>();
        if (hasReport) {
            for (ReportingUnit u : units.communities(y)) {
                if (me.maySee(u.code())) {
                    sheets.add(u);
                }
            }
            if (me.maySee(units.subdistrict().code())) {
                sheets.add(0, units.subdistrict());
            }
        }
        model.addAttribute("sheets", sheets);
        model.addAttribute("thisMonth", LocalDate.now().getMonthValue());
        return "runs";
    }

    @PostMapping("/runs")
    String start(@AuthenticationPrincipal ConsoleUser me, @RequestParam int year,
            @RequestParam(defaultValue = "12") int through, RedirectAttributes redirect) {
        if (year < 2000 || year > 2100 || through < 1 || through > 12) {
            redirect.addFlashAttribute("problem", "年度或月份不对:年度如 2022,累计月份 1 到 12。");
        }
        else if (!desk.start(year, through, me.getUsername())) {
            redirect.addFlashAttribute("problem", "控制台上已有一次运行尚未结束,请等它完成后再开始。");
        }
        return "redirect:/runs?year=" + year;
    }

    @GetMapping("/runs/{year}/files/{name}")
    ResponseEntity<byte[]> output(@AuthenticationPrincipal ConsoleUser me, @PathVariable int year,
            @PathVariable String name) throws IOException {
        if (me.role() == Role.REPORTER) {
            throw new AccessDeniedException("outputs are for the office and leaders");
        }
        Path p = outputs.find(year, name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.of(Files.readAllBytes(p), p.getFileName().toString());
    }

    /** A community's own sheet of the validation report; a reporter only its own. */
    @GetMapping("/runs/{year}/validation/{unit}")
    ResponseEntity<byte[]> validation(@AuthenticationPrincipal ConsoleUser me, @PathVariable int year,
            @PathVariable String unit) throws IOException {
        if (!me.maySee(unit)) {
            throw new AccessDeniedException("not this reporter's unit");
        }
        ReportingUnit u = units.byCode(unit).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Path report = outputs.validationReport(year)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] sheet = ValidationSheet.of(report, u.name())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.of(sheet, "审核意见-" + year + "-" + u.name() + ".xlsx");
    }

}
