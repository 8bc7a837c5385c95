package yearbook.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import yearbook.account.ConsoleUser;
import yearbook.account.Role;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Period;
import yearbook.template.TemplateWorkbook;

/** 模板: the blank workbook of a unit for a period, as the template command writes it. */
@Controller
@ConditionalOnWebApplication
class TemplatesController {

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    TemplatesController(IndicatorCatalog catalog, UnitRegistry units) {
        this.catalog = catalog;
        this.units = units;
    }

    @GetMapping("/templates")
    String form(@AuthenticationPrincipal ConsoleUser me, Model model) {
        int year = LocalDate.now().getYear();
        List<ReportingUnit> choices = new ArrayList<>();
        if (me.role() == Role.REPORTER) {
            choices.add(units.get(me.unitCode()));
        }
        else {
            choices.add(units.subdistrict());
            choices.addAll(units.communities(year));
        }
        List<Period> periods = new ArrayList<>();
        for (int y = year; y >= year - 1; y--) {
            periods.add(Period.year(y));
            for (int q = 4; q >= 1; q--) {
                periods.add(Period.quarter(y, q));
            }
            for (int m = 12; m >= 1; m--) {
                periods.add(Period.month(y, m));
            }
        }
        model.addAttribute("units", choices);
        model.addAttribute("periods", periods);
        return "templates";
    }

    @GetMapping("/templates/download")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal ConsoleUser me, @RequestParam String unit,
            @RequestParam String period) throws IOException {
        if (!me.mayActFor(unit)) {
            throw new AccessDeniedException("not this reporter's unit");
        }
        ReportingUnit u = units.byCode(unit).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Period p;
        try {
            p = Period.parseCode(period);
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Path tmp = Files.createTempFile("yearbook-template-", ".xlsx");
        try {
            new TemplateWorkbook(catalog).write(u, p, tmp);
            return Downloads.of(Files.readAllBytes(tmp), u.name() + p.label() + "报表.xlsx");
        }
        finally {
            Files.deleteIfExists(tmp);
        }
    }

}
