package yearbook.read;

import java.util.regex.Pattern;
import java.util.List;
import java.util.Optional;
import yearbook.catalog.Names;

/**
 * The header row of a 统计报表 and where its columns are (-1: absent). Columns are found by
 * text, never by position.
 */
record ReportHeader(int row, int nameCol, int codeCol, int unitCol, int valueCol, int priorCol, int remarkCol) {

    private static final Pattern TRAILING_COLON = Pattern.compile("[::]$");

    private static final Pattern TRAILING_PARENS = Pattern.compile("\\(.*\\)$");

    private static final Pattern BRACKETED_END = Pattern.compile("\\[.*]$");

    /** The first row that holds 指标名称 and a 本期 synonym. */
    static Optional<ReportHeader> find(SheetGrid sheet) {
        for (int r : sheet.rowIndices()) {
            List<GridCell> cells = sheet.row(r);
            int name = column(cells, List.of(Vocabulary.NAME_HEADER));
            int value = -1;
            for (String v : Vocabulary.VALUE_HEADERS) {
                value = column(cells, List.of(v));
                if (value >= 0) {
                    break;
                }
            }
            if (name < 0 || value < 0) {
                continue;
            }
            return Optional.of(new ReportHeader(r, name, column(cells, Vocabulary.CODE_HEADERS),
                    column(cells, Vocabulary.UNIT_HEADERS), value, column(cells, Vocabulary.PRIOR_HEADERS),
                    column(cells, Vocabulary.REMARK_HEADERS)));
        }
        return Optional.empty();
    }

    static int column(List<GridCell> cells, List<String> texts) {
        for (GridCell c : cells) {
            if (c.kind() != CellKind.TEXT) {
                continue;
            }
            if (texts.contains(headerText(c.text()))) {
                return c.col();
            }
        }
        return -1;
    }

    /**
     * 本期数(万元) and 本期: both read as the header word; a line break inside the cell is
     * ignored.
     */
    static String headerText(String raw) {
        return HEADER_TEXTS.get(raw);
    }

    private static final Memo<String> HEADER_TEXTS = new Memo<>(ReportHeader::headerTextOnce);

    private static String headerTextOnce(String raw) {
        String n = Names.normalize(raw);
        n = TRAILING_COLON.matcher(n).replaceFirst("");
        String stripped = BRACKETED_END.matcher(TRAILING_PARENS.matcher(n).replaceFirst("")).replaceFirst("");
        return stripped.isEmpty() ? n : stripped;
    }
}
