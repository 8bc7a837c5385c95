package yearbook.publish.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import yearbook.catalog.Indicator;
import yearbook.catalog.ReportingUnit;
import yearbook.model.Progress;
import yearbook.model.ProgressState;
import yearbook.publish.FigureFormat;
import yearbook.publish.ProgressText;
import yearbook.publish.YearReport;

/**
 * 目标完成情况: a bullet chart per target of the sub-district, then the communities × targets
 * table, each cell coloured by its state and saying it in words, so that it reads in
 * black and white too.
 */
final class TargetSection {

    private static final Color INK = PdfTable.INK;

    /**
     * More communities than this (a district) are listed only where something is wrong.
     */
    static final int MAX_ROWS = 40;

    private final YearReport report;

    private final Canvas c;

    TargetSection(YearReport report, Canvas c) {
        this.report = report;
        this.c = c;
    }

    void bullets() throws IOException {
        List<Progress> own = report.subdistrictProgress();
        if (own.isEmpty()) {
            return;
        }
        c.paragraph("完成率 = " + report.periodLabel() + "完成数 ÷ 全年目标;时序进度 = 已过月数 ÷ 12(有分月、分季度目标的按分解数累计;"
                + "比率、时点指标的目标全年都要达到,为100%)。完成率比时序进度快" + tolerance() + "个百分点以上为超前,慢" + tolerance()
                + "个百分点以上为滞后;“不超过”的目标以不超出为达标。", 8.5f, ProgressGraphics.MUTED);
        c.moveDown(4);
        float nameW = 150, targetW = 88, numbersW = 92, stateW = 40;
        float barW = c.width() - nameW - targetW - numbersW - stateW - 12;
        header(nameW, targetW, barW, numbersW);
        for (Progress p : own) {
            Indicator i = report.catalog().get(p.indicatorCode());
            float rowH = 19.5f;
            c.ensure(rowH);
            float top = c.y();
            float base = top - 13;
            String name = i.name();
            float size = 8.8f;
            while (c.textWidth(name, size) > nameW - 6 && size > 6.8f) {
                size -= 0.3f;
            }
            c.text(name, c.left(), base, size, INK);
            c.text(ProgressText.target(i, p.target()), c.left() + nameW, base, 8, INK);
            float bx = c.left() + nameW + targetW;
            ProgressGraphics.bullet(c, bx, base - 1, barW, 9, p.completion(), p.schedule(), p.state());
            String numbers = ProgressText.percent(p.completion()) + " / " + ProgressText.percent(p.schedule());
            c.textRight(numbers, bx + barW + 6 + numbersW, base, 8.2f, INK);
            pill(p.state(), c.left() + c.width() - stateW + 4, base - 3, stateW - 4, 13);
            c.line(c.left(), top - rowH, c.left() + c.width(), top - rowH, 0.3f, PdfTable.RULE);
            c.moveDown(rowH);
        }
        c.moveDown(4);
        String marks = own.stream().anyMatch(Progress::incomplete) ? "完成数含未报齐单位,偏低(见催报名单)。" : "";
        c.paragraph("条形为完成率,黑色竖线为时序进度,细线为全年目标(100%)。" + marks, 8, ProgressGraphics.MUTED);
    }

    private void header(float nameW, float targetW, float barW, float numbersW) throws IOException {
        c.ensure(40);
        float base = c.y() - 10;
        c.text("指标", c.left(), base, 8, ProgressGraphics.MUTED);
        c.text("全年目标", c.left() + nameW, base, 8, ProgressGraphics.MUTED);
        c.text("完成率与时序进度", c.left() + nameW + targetW, base, 8, ProgressGraphics.MUTED);
        c.textRight("完成率 / 时序", c.left() + nameW + targetW + barW + 6 + numbersW, base, 8, ProgressGraphics.MUTED);
        c.textRight("状态", c.left() + c.width(), base, 8, ProgressGraphics.MUTED);
        c.moveDown(15);
        c.line(c.left(), c.y(), c.left() + c.width(), c.y(), 0.6f, PdfTable.RULE);
    }

    private void pill(ProgressState s, float x, float y, float w, float h) throws IOException {
        c.fill(x, y, w, h, ProgressGraphics.fill(s));
        c.textCentered(s.word(), x + w / 2, y + 3.5f, 8.5f,
                s == ProgressState.UNKNOWN ? ProgressGraphics.MUTED : ProgressGraphics.bar(s));
    }

    /** The indicators some community has a target of, in catalog order. */
    List<Indicator> communityIndicators() {
        Set<String> codes = new LinkedHashSet<>();
        for (Progress p : report.progress()) {
            if (!p.unitCode().equals(report.subdistrictCode())) {
                codes.add(p.indicatorCode());
            }
        }
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : report.catalog().all()) {
            if (codes.contains(i.code())) {
                out.add(i);
            }
        }
        return out;
    }

    void communityTable() throws IOException {
        List<Indicator> cols = communityIndicators();
        if (cols.isEmpty()) {
            return;
        }
        List<ReportingUnit> communities = new ArrayList<>();
        for (ReportingUnit u : report.units().communities(report.year())) {
            if (cols.stream().anyMatch(i -> report.progressOf(u.code(), i.code()).isPresent())) {
                communities.add(u);
            }
        }
        int all = communities.size();
        if (all > MAX_ROWS) {
            // a district's hundreds of communities: those behind or without figures here,
            // the rest in the workbook
            communities.removeIf(u -> cols.stream()
                .map(i -> report.progressOf(u.code(), i.code()).orElse(null))
                .noneMatch(p -> p != null && (p.state().isBehind() || p.state() == ProgressState.UNKNOWN)));
            if (communities.size() > MAX_ROWS) {
                communities = new ArrayList<>(communities.subList(0, MAX_ROWS));
            }
        }
        float first = 64;
        float w = (c.width() - first) / cols.size();
        float headH = 30, rowH = 22;
        c.ensure(headH + rowH * Math.min(4, communities.size()) + 30);
        c.moveDown(6);
        c.text("各社区目标完成情况(" + report.periodLabel() + ";单元格:完成率、状态、社区排名)", c.left(), c.y() - 11, 10.5f, INK);
        c.moveDown(20);
        drawHeader(cols, first, w, headH);
        for (ReportingUnit u : communities) {
            if (c.y() - rowH < Canvas.BOTTOM) {
                c.newPage();
                drawHeader(cols, first, w, headH);
            }
            float top = c.y();
            c.text(u.name(), c.left() + 3, top - 13.5f, 8.5f, INK);
            for (int k = 0; k < cols.size(); k++) {
                float x = c.left() + first + k * w;
                Progress p = report.progressOf(u.code(), cols.get(k).code()).orElse(null);
                if (p == null) {
                    continue; // no target given: blank
                }
                c.fill(x + 1, top - rowH + 1, w - 2, rowH - 2, ProgressGraphics.fill(p.state()));
                String pct = p.actual() == null ? "未报送" : ProgressText.percent(p.completion());
                c.textCentered(pct, x + w / 2, top - 9.5f, 8.3f, INK);
                String second = p.state().word() + (p.rank() == null ? "" : " 第" + p.rank());
                c.textCentered(second, x + w / 2, top - 18.8f, 7.3f,
                        p.state() == ProgressState.UNKNOWN ? ProgressGraphics.MUTED : ProgressGraphics.bar(p.state()));
            }
            c.line(c.left(), top - rowH, c.left() + c.width(), top - rowH, 0.3f, PdfTable.RULE);
            c.moveDown(rowH);
        }
        c.moveDown(4);
        if (communities.size() < all) {
            c.paragraph("共" + all + "个社区有目标,此处列出其中进度滞后、未达标或未报送的" + communities.size() + "个;全部社区见汇总工作簿的“目标完成”工作表。", 8,
                    ProgressGraphics.MUTED);
        }
        c.paragraph("空白:未下达该项目标;“未报送”:有目标而无数据(见催报名单),完成率记为“—”。颜色:绿色超前、蓝色正常、橙色滞后、红色未达标。", 8, ProgressGraphics.MUTED);
    }

    private void drawHeader(List<Indicator> cols, float first, float w, float h) throws IOException {
        float top = c.y();
        c.fill(c.left(), top - h, c.width(), h, PdfTable.HEADER);
        c.text("社区", c.left() + 3, top - 18, 8.5f, INK);
        for (int k = 0; k < cols.size(); k++) {
            Indicator i = cols.get(k);
            float x = c.left() + first + k * w;
            List<String> lines = c.wrap(i.name(), 8, w - 6);
            float base = top - (lines.size() > 1 ? 12 : 18);
            for (String line : lines.subList(0, Math.min(2, lines.size()))) {
                c.textCentered(line, x + w / 2, base, 8, INK);
                base -= 10;
            }
        }
        c.moveDown(h);
    }

    private String tolerance() {
        return FigureFormat.number(report.catalog().progressTolerance(""), 0);
    }

}
