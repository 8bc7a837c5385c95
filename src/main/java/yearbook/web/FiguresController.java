package yearbook.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitRegistry;
import yearbook.compile.FigureLineage;
import yearbook.publish.FigureFormat;

/** 指标: a year's compiled figures with 同比 and marks; a click shows what explain prints. */
@Controller
@ConditionalOnWebApplication
class FiguresController {

    private final JdbcClient jdbc;

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    private final FigureLineage lineage;

    private final ConsoleModel common;

    FiguresController(JdbcClient jdbc, IndicatorCatalog catalog, UnitRegistry units, FigureLineage lineage,
            ConsoleModel common) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.units = units;
        this.lineage = lineage;
        this.common = common;
    }

    /**
     * One line of the page, formatted as the outputs format it (half-up at the catalog's
     * decimals).
     */
    public record Line(Indicator indicator, String group, String value, String prior, String growth, String arrow,
            List<String> marks) {
    }

    private record Stored(BigDecimal value, BigDecimal prior, BigDecimal growth, boolean incomplete,
            boolean approximate, boolean comparable) {
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
            Model model) {
        int y = year == null ? common.defaultYear() : year;
        ReportingUnit u = unit == null ? units.subdistrict()
                : units.byCode(unit).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Stored> stored = new HashMap<>();
        jdbc.sql(
                "select indicator_code, value, prior, growth, incomplete, approximate, comparable from figure where year = ? and unit_code = ?")
            .params(y, u.code())
            .query((rs, n) -> stored.put(rs.getString(1),
                    new Stored(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBoolean(5),
                            rs.getBoolean(6), rs.getBoolean(7))))
            .list();
        List<Line> lines = new ArrayList<>();
        for (Indicator i : catalog.all()) {
            Stored s = stored.get(i.code());
            if (s == null) {
                continue;
            }
            List<String> marks = new ArrayList<>();
            if (s.incomplete()) {
                marks.add("数据不完整");
            }
            if (s.approximate()) {
                marks.add("含约数");
            }
            if (!s.comparable()) {
                marks.add("口径变化,不可比");
            }
            lines.add(new Line(i, catalog.group(i.group()).map(g -> g.name()).orElse(i.group()),
                    FigureFormat.value(i, s.value()), FigureFormat.value(i, s.prior()),
                    FigureFormat.growth(i, s.growth()), FigureFormat.arrow(s.growth()), marks));
        }
        model.addAttribute("year", y);
        model.addAttribute("years", common.years());
        model.addAttribute("unit", u);
        List<ReportingUnit> choices = new ArrayList<>();
        choices.add(units.subdistrict());
        choices.addAll(units.communities(y));
        model.addAttribute("units", choices);
        model.addAttribute("lines", lines);
        return "figures";
    }

    @GetMapping("/figures/explain")
    String explain(@RequestParam int year, @RequestParam String indicator, @RequestParam(required = false) String unit,
            Model model) {
        Indicator ind = catalog.byCode(indicator).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReportingUnit u = unit == null ? units.subdistrict()
                : units.byCode(unit).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var explained = lineage.explain(year, u.code(), ind, u.code().equals(units.subdistrict().code()))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("year", year);
        model.addAttribute("unit", u);
        model.addAttribute("ind", ind);
        model.addAttribute("x", explained);
        model.addAttribute("value", FigureFormat.value(ind, explained.figure().value()));
        model.addAttribute("prior", FigureFormat.value(ind, explained.figure().prior()));
        model.addAttribute("growth", FigureFormat.growth(ind, explained.figure().growth()));
        model.addAttribute("units", units);
        return "explain";
    }

}
