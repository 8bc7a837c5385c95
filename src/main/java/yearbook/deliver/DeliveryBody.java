package yearbook.deliver;

import java.util.List;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Figure;
import yearbook.publish.FigureFormat;

/** The short Chinese mail text: the year's key figures, as a leader reads them on a phone. */
final class DeliveryBody {
    private DeliveryBody() {
    }

    static String subject(UnitRegistry units, int year) {
        return units.subdistrict().name() + year + "年度统计汇编";
    }

    static String text(IndicatorCatalog catalog, UnitRegistry units, int year, List<Figure> figures) {
        StringBuilder b = new StringBuilder();
        b.append("各位领导:\n\n").append(units.subdistrict().name()).append(year)
                .append("年度统计汇编已生成,全文见附件 PDF。主要指标如下:\n\n");
        String total = units.subdistrict().code();
        boolean incomplete = false;
        for (Indicator i : catalog.all()) {
            if (!i.key()) continue;
            Figure f = figures.stream().filter(x -> x.unitCode().equals(total) && x.indicatorCode().equals(i.code()))
                    .findFirst().orElse(null);
            if (f == null) continue;
            b.append("· ").append(i.name()).append(":").append(FigureFormat.value(i, f.value())).append(i.unit());
            if (f.growth() != null) b.append(",同比 ").append(FigureFormat.growth(i, f.growth()));
            if (f.incomplete()) {
                b.append("(数据不完整)");
                incomplete = true;
            }
            b.append('\n');
        }
        if (incomplete) b.append("\n注:部分单位尚未报齐,标注“数据不完整”的指标将在补报后更新。\n");
        b.append("\n街道统计站(yearbook 自动发送)\n");
        return b.toString();
    }
}
