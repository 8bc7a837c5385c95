package yearbook.deliver;

import java.math.BigDecimal;
import java.util.List;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Figure;
import yearbook.model.ProgressState;
import yearbook.publish.FigureFormat;
import yearbook.publish.ProgressText;

/**
 * The short Chinese mail text: the year's key figures, as a leader reads them on a phone.
 */
final class DeliveryBody {

    private DeliveryBody() {
    }

    static String subject(UnitRegistry units, int year) {
        return units.subdistrict().name() + year + "年度统计汇编";
    }

    static String text(IndicatorCatalog catalog, UnitRegistry units, int year, List<Figure> figures) {
        return text(catalog, units, year, figures, List.of());
    }

    /**
     * A target behind 时序进度 (滞后) or missed (未达标); completion and schedule in %, null for
     * —.
     */
    record Behind(String unitCode, String indicatorCode, BigDecimal completion, BigDecimal schedule,
            ProgressState state) {
    }

    /** What is behind target comes first: it is what a leader has to act on. */
    static String text(IndicatorCatalog catalog, UnitRegistry units, int year, List<Figure> figures,
            List<Behind> behind) {
        StringBuilder b = new StringBuilder();
        b.append("各位领导:\n\n").append(units.subdistrict().name()).append(year).append("年度统计汇编已生成,全文见附件 PDF。");
        if (!behind.isEmpty()) {
            b.append("\n\n落后于目标进度的指标:\n\n");
            for (Behind x : behind) {
                b.append("· ")
                    .append(x.unitCode().equals(units.subdistrict().code()) ? "" : units.nameOf(x.unitCode()) + " ")
                    .append(catalog.get(x.indicatorCode()).name())
                    .append(":完成率 ")
                    .append(ProgressText.percent(x.completion()))
                    .append(",时序进度 ")
                    .append(ProgressText.percent(x.schedule()))
                    .append(",")
                    .append(x.state().word())
                    .append('\n');
            }
        }
        b.append("\n主要指标如下:\n\n");
        String total = units.subdistrict().code();
        boolean incomplete = false;
        for (Indicator i : catalog.all()) {
            if (!i.key()) {
                continue;
            }
            Figure f = figures.stream()
                .filter(x -> x.unitCode().equals(total) && x.indicatorCode().equals(i.code()))
                .findFirst()
                .orElse(null);
            if (f == null) {
                continue;
            }
            b.append("· ").append(i.name()).append(":").append(FigureFormat.value(i, f.value())).append(i.unit());
            if (f.growth() != null) {
                b.append(",同比 ").append(FigureFormat.growth(i, f.growth()));
            }
            if (f.incomplete()) {
                b.append("(数据不完整)");
                incomplete = true;
            }
            b.append('\n');
        }
        if (incomplete) {
            b.append("\n注:部分单位尚未报齐,标注“数据不完整”的指标将在补报后更新。\n");
        }
        b.append("\n街道统计站(yearbook 自动发送)\n");
        return b.toString();
    }

}
