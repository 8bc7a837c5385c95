package yearbook.read;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The header row of a 目标任务 workbook (docs/targets.md) and where its columns are (-1:
 * absent): 指标名称 and 全年目标, no 本期 (a report that shows its year's target beside 本期 stays a
 * report), optionally 责任单位, 目标类型, 计量单位, 指标代码 and the split: 1月…12月 or 第1季度…第4季度.
 */
record TargetHeader(int row, int nameCol, int codeCol, int holderCol, int unitCol, int directionCol, int annualCol,
        int[] monthCols, int[] quarterCols) {

    private static final String[] QUARTER_WORDS = { "一", "二", "三", "四" };

    static Optional<TargetHeader> find(SheetGrid sheet) {
        for (int r : sheet.rowIndices()) {
            List<GridCell> cells = sheet.row(r);
            int name = ReportHeader.column(cells, List.of(Vocabulary.NAME_HEADER));
            int annual = ReportHeader.column(cells, Vocabulary.TARGET_HEADERS);
            if (name < 0 || annual < 0) {
                continue;
            }
            for (String v : Vocabulary.VALUE_HEADERS) {
                if (ReportHeader.column(cells, List.of(v)) >= 0) {
                    return Optional.empty();
                }
            }
            int[] months = new int[12];
            for (int m = 1; m <= 12; m++) {
                months[m - 1] = ReportHeader.column(cells, List.of(m + "月"));
            }
            int[] quarters = new int[4];
            for (int q = 1; q <= 4; q++) {
                quarters[q - 1] = ReportHeader.column(cells, List.of("第" + q + "季度", q + "季度",
                        "第" + QUARTER_WORDS[q - 1] + "季度", QUARTER_WORDS[q - 1] + "季度", "Q" + q));
            }
            return Optional.of(new TargetHeader(r, name, ReportHeader.column(cells, Vocabulary.CODE_HEADERS),
                    ReportHeader.column(cells, Vocabulary.TARGET_HOLDER_HEADERS),
                    ReportHeader.column(cells, Vocabulary.UNIT_HEADERS),
                    ReportHeader.column(cells, Vocabulary.TARGET_DIRECTION_HEADERS), annual,
                    Arrays.stream(months).allMatch(c -> c < 0) ? null : months,
                    Arrays.stream(quarters).allMatch(c -> c < 0) ? null : quarters));
        }
        return Optional.empty();
    }
}
