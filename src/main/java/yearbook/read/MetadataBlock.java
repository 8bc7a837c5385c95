package yearbook.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yearbook.catalog.Names;

/**
 * The labelled cells above the header row (填报单位, 报告期 …). A label's value is in the same
 * cell after a colon, or in the next non-empty cell to the right (spec §1 Metadata
 * block).
 */
final class MetadataBlock {

    /**
     * The value of a label: the cell it was read from and its text (for a same-cell
     * value, the part after the colon).
     */
    record Entry(GridCell cell, String text) {
        /**
         * The cell to parse: for a same-cell value a synthetic text cell holding only the
         * value.
         */
        GridCell valueCell() {
            return cell.kind() == CellKind.TEXT
                    ? new GridCell(cell.row(), cell.col(), CellKind.TEXT, text, null, null, text) : cell;
        }
    }

    private static final Pattern LABEL = Pattern.compile(
            "^(" + String.join("|", Vocabulary.METADATA_LABELS) + ")(?:[((][^))]*[))])?(?:[::](.*))?$", Pattern.DOTALL);

    private final Map<String, Entry> entries = new HashMap<>();

    MetadataBlock(SheetGrid sheet, int headerRow) {
        for (int r : sheet.rowIndicesBefore(headerRow)) {
            read(sheet.row(r));
        }
    }

    private void read(List<GridCell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            GridCell c = cells.get(i);
            if (c.kind() != CellKind.TEXT) {
                continue;
            }
            Matcher m = LABEL.matcher(Names.normalize(c.text()));
            if (!m.matches() || entries.containsKey(m.group(1))) {
                continue;
            }
            String label = m.group(1);
            String sameCell = afterColon(c.text());
            if (sameCell != null && !sameCell.isBlank()) {
                entries.put(label, new Entry(c, sameCell.strip()));
            }
            else if (i + 1 < cells.size() && !isLabel(cells.get(i + 1))) {
                GridCell v = cells.get(i + 1);
                entries.put(label, new Entry(v, v.kind() == CellKind.TEXT ? v.text().strip() : v.seen()));
            }
        }
    }

    /**
     * The part after the first colon, ASCII ':' or full-width '\uFF1A' (what Chinese
     * input methods type).
     */
    private static String afterColon(String raw) {
        int a = raw.indexOf(':');
        int b = raw.indexOf('\uFF1A');
        int at = a < 0 ? b : (b < 0 ? a : Math.min(a, b));
        return at < 0 ? null : raw.substring(at + 1);
    }

    private static boolean isLabel(GridCell c) {
        return c.kind() == CellKind.TEXT && LABEL.matcher(Names.normalize(c.text())).matches();
    }

    Optional<Entry> get(String label) {
        return Optional.ofNullable(entries.get(label));
    }

}
