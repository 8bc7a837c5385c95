package yearbook.publish.pdf;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorKind;
import yearbook.model.Figure;
import yearbook.model.Progress;
import yearbook.model.ProgressState;
import yearbook.model.TargetDirection;
import yearbook.publish.FigureFormat;
import yearbook.publish.HeadlineFigure;
import yearbook.publish.ProgressText;
import yearbook.publish.Trends;
import yearbook.publish.YearReport;

/**
 * The one-page overview after the cover: a tile per key indicator (and per indicator with
 * a target of the sub-district): the value, 同比, a bullet bar of 完成率 against 时序进度, a
 * sparkline of the years.
 */
final class OverviewPage {

    private static final int COLUMNS = 3;

    private static final float GAP = 7;

    private static final Color RULE = new Color(0xC8, 0xD0, 0xDA);

    private final YearReport report;

    private final Canvas c;

    OverviewPage(YearReport report, Canvas c) {
        this.report = report;
        this.c = c;
    }

    /** The indicators that get a tile, in catalog order. */
    List<Indicator> tiles() {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : report.catalog().all()) {
            if (i.key() || report.progressOf(report.subdistrictCode(), i.code()).isPresent()) {
                out.add(i);
            }
        }
        return out;
    }

    void draw() throws IOException {
        List<Indicator> tiles = tiles();
        if (tiles.isEmpty()) {
            c.paragraph("指标目录中没有标为主要指标(key)的指标,也没有目标任务。", 10, ProgressGraphics.MUTED);
            return;
        }
        int rows = (tiles.size() + COLUMNS - 1) / COLUMNS;
        float legend = report.progress().isEmpty() ? 0 : 22;
        float room = c.y() - Canvas.BOTTOM - legend - 4;
        float h = Math.min(report.progress().isEmpty() ? 72 : 118, (room - GAP * (rows - 1)) / rows);
        float w = (c.width() - GAP * (COLUMNS - 1)) / COLUMNS;
        float top = c.y();
        for (int k = 0; k < tiles.size(); k++) {
            float x = c.left() + (k % COLUMNS) * (w + GAP);
            float y = top - (k / COLUMNS) * (h + GAP) - h;
            tile(tiles.get(k), x, y, w, h);
        }
        c.moveDown(rows * (h + GAP));
        if (legend > 0) {
            legend();
        }
    }

    private void tile(Indicator i, float x, float y, float w, float h) throws IOException {
        Progress p = report.progressOf(report.subdistrictCode(), i.code()).orElse(null);
        if (p != null && p.state() != ProgressState.UNKNOWN) {
            c.fill(x, y, 3, h, ProgressGraphics.bar(p.state()));
        }
        ProgressGraphics.frame(c, x, y, w, h, RULE);
        float pad = 9;
        float in = w - 2 * pad;
        float ty = y + h;
        String name = i.name();
        float size = 8.8f;
        while (c.textWidth(name, size) > in && size > 7) {
            size -= 0.4f;
        }
        c.text(name, x + pad, ty - 14, size, ProgressGraphics.MUTED);

        Figure f = HeadlineFigure.of(report, i);
        String value = f == null || f.value() == null ? FigureFormat.NOT_AVAILABLE : FigureFormat.value(i, f.value())
                + (f.approximate() ? FigureCells.APPROXIMATE : "") + (f.incomplete() ? FigureCells.INCOMPLETE : "");
        c.text(value, x + pad, ty - 37, 16.5f, PdfTable.INK);
        c.text(i.unit(), x + pad + c.textWidth(value, 16.5f) + 3, ty - 37, 8, ProgressGraphics.MUTED);

        Trends.YearSeries series = report.trends()
            .series(f == null ? report.subdistrictCode() : f.unitCode(), i.code())
            .orElse(null);
        // whole years only: a year to date beside whole years would read as a fall
        List<Trends.YearPoint> whole = series == null ? List.of()
                : series.points().stream().filter(pt -> pt.throughMonth() == 12).toList();
        List<BigDecimal> values = new ArrayList<>();
        for (Trends.YearPoint pt : whole) {
            values.add(pt.year() >= series.since() ? pt.value() : null);
        }
        if (values.stream().filter(v -> v != null).count() >= 2) {
            float sw = Math.min(52, in * 0.34f);
            ProgressGraphics.sparkline(c, x + w - pad - sw, ty - 33, sw, 15, values, false);
            String span = "历年 " + whole.get(0).year() + "–" + whole.get(whole.size() - 1).year();
            c.textRight(span, x + w - pad, ty - 42, 6.5f, ProgressGraphics.MUTED);
        }
        String growth = f == null ? FigureFormat.NOT_AVAILABLE : FigureCells.growth(i, f);
        c.text((report.throughMonth() < 12 && i.kind() == IndicatorKind.FLOW ? "累计同比 " : "同比 ") + growth, x + pad,
                ty - 53, 8.2f, PdfTable.INK);

        float by = ty - 69;
        if (p == null) {
            if (!report.progress().isEmpty()) {
                c.text("未设目标", x + pad, by + 1, 7.5f, ProgressGraphics.MUTED);
            }
            return;
        }
        ProgressGraphics.bullet(c, x + pad, by, in, 8, p.completion(), p.schedule(), p.state());
        String caption = p.target().direction() == TargetDirection.AT_MOST
                ? "为上限的" + ProgressText.percent(p.completion())
                : "完成率" + ProgressText.percent(p.completion()) + " 时序" + ProgressText.percent(p.schedule());
        c.text(caption, x + pad, by - 12, 7.5f, PdfTable.INK);
        c.textRight(p.state().word(), x + w - pad, by - 12, 8.5f, ProgressGraphics.bar(p.state()));
        c.text("目标" + ProgressText.target(i, p.target()), x + pad, by - 23, 7, ProgressGraphics.MUTED);
    }

    private void legend() throws IOException {
        float y = c.y() - 10;
        float x = c.left();
        ProgressGraphics.bullet(c, x, y - 4, 60, 7, new BigDecimal("70"), new BigDecimal("50"), ProgressState.ON_TRACK);
        c.text("条形:完成率;黑竖线:时序进度;细线:全年目标(100%);折线:历年全年数值;“*”数据不完整。", x + 66, y, 7, ProgressGraphics.MUTED);
        c.text("左侧色条与文字为进度状态:超前、正常、滞后、未达标(完成率与时序进度相差±" + FigureFormat.number(report.catalog().progressTolerance(""), 0)
                + "个百分点为界)。", x + 66, y - 10, 7, ProgressGraphics.MUTED);
        c.moveDown(22);
    }

}
