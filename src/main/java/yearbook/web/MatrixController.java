package yearbook.web;

import java.io.IOException;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import yearbook.account.ConsoleUser;
import yearbook.account.Role;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitRegistry;

/** 报送情况: the matrix, a unit's row, a file's findings and bytes, the 催报名单. */
@Controller
@ConditionalOnWebApplication
class MatrixController {

    private final SubmissionMatrix matrix;

    private final ReceivedFiles files;

    private final UnitRegistry units;

    private final ConsoleModel common;

    MatrixController(SubmissionMatrix matrix, ReceivedFiles files, UnitRegistry units, ConsoleModel common) {
        this.matrix = matrix;
        this.files = files;
        this.units = units;
        this.common = common;
    }

    @GetMapping("/matrix")
    String matrix(@AuthenticationPrincipal ConsoleUser me, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? common.defaultYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("years", common.years());
        model.addAttribute("matrix", matrix.of(y, LocalDate.now(), me.role() == Role.REPORTER ? me.unitCode() : null));
        return "matrix";
    }

    /** One unit's row: its files of the year and what it still owes. */
    @GetMapping("/units/{code}")
    String unit(@AuthenticationPrincipal ConsoleUser me, @PathVariable String code,
            @RequestParam(required = false) Integer year, Model model) {
        ReportingUnit u = units.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!me.maySee(u.code())) {
            throw new AccessDeniedException("not this reporter's unit");
        }
        int y = year == null ? common.defaultYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("unit", u);
        model.addAttribute("row", matrix.of(y, LocalDate.now(), u.code()).rows().stream().findFirst().orElse(null));
        model.addAttribute("files", files.ofUnit(y, u.code()));
        return "unit";
    }

    @GetMapping("/files/{id}")
    String file(@AuthenticationPrincipal ConsoleUser me, @PathVariable long id, Model model) {
        ReceivedFiles.File f = visible(me, id);
        String unit = files.unitOf(f).orElse(null);
        model.addAttribute("file", f);
        model.addAttribute("unitName", unit == null ? "未识别" : units.nameOf(unit));
        model.addAttribute("findings", files.findings(id));
        model.addAttribute("mayDownload", unit != null ? me.mayActFor(unit) : me.role() == Role.OFFICE);
        return "file";
    }

    @GetMapping("/files/{id}/download")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal ConsoleUser me, @PathVariable long id) {
        ReceivedFiles.File f = visible(me, id);
        String unit = files.unitOf(f).orElse(null);
        boolean may = unit != null ? me.mayActFor(unit) : me.role() == Role.OFFICE;
        if (!may) {
            throw new AccessDeniedException("not this account's file");
        }
        return Downloads.of(files.content(id), f.baseName());
    }

    @GetMapping("/missing/{year}.xlsx")
    ResponseEntity<byte[]> missing(@PathVariable int year) throws IOException {
        var m = matrix.of(year, LocalDate.now(), null);
        return Downloads.of(MissingWorkbook.of(m, units.subdistrict().name()), "催报名单-" + year + ".xlsx");
    }

    /**
     * A reporter gets 403 for any file not its unit's, whether it exists or not: ids tell
     * nothing.
     */
    private ReceivedFiles.File visible(ConsoleUser me, long id) {
        ReceivedFiles.File f = files.get(id).orElse(null);
        if (me.role() == Role.REPORTER) {
            String unit = f == null ? null : files.unitOf(f).orElse(null);
            if (unit == null || !me.maySee(unit)) {
                throw new AccessDeniedException("not this reporter's file");
            }
        }
        if (f == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return f;
    }

}
