package yearbook.publish.pdf;

import yearbook.catalog.Indicator;
import yearbook.model.Figure;
import yearbook.publish.FigureFormat;

/**
 * A figure's table cells with the marks the footnote explains: * incomplete (a unit did
 * not report), 余 approximate (reported as "余/多": at least this much), ▲/▼ before 同比.
 */
final class FigureCells {

    static final String INCOMPLETE = "*";
    static final String APPROXIMATE = "余";
    static final String FOOTNOTE = "注:“" + INCOMPLETE + "”表示数据不完整(有应报单位未报送,见“数据完整性说明”);" + "“" + APPROXIMATE
            + "”表示约数(报送为“余/多”),实际不少于所列数值;" + "▲上升、▼下降,比率类指标的同比为百分点变化;“—”表示无数据或不可计算。";

    private FigureCells() {
    }

    static String value(Indicator i, Figure f) {
        if (f == null || f.value() == null) {
            return FigureFormat.NOT_AVAILABLE;
        }
        return FigureFormat.value(i, f.value()) + (f.approximate() ? APPROXIMATE : "")
                + (f.incomplete() ? INCOMPLETE : "");
    }

    static String prior(Indicator i, Figure f) {
        return f == null ? FigureFormat.NOT_AVAILABLE : FigureFormat.value(i, f.prior());
    }

    static String growth(Indicator i, Figure f) {
        if (f == null || f.growth() == null) {
            return FigureFormat.NOT_AVAILABLE;
        }
        if (!f.comparable()) {
            return "不可比";
        }
        return FigureFormat.arrow(f.growth()) + FigureFormat.growth(i, f.growth());
    }

}
