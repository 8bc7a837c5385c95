package yearbook.publish.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table that wraps long cells and continues on the next page with its header repeated,
 * so it never runs off the page.
 */
final class PdfTable {

    static final Color HEADER = new Color(0xE8, 0xEE, 0xF5);
    static final Color ZEBRA = new Color(0xF7, 0xF9, 0xFB);
    static final Color RULE = new Color(0xC8, 0xD0, 0xDA);
    static final Color INK = new Color(0x22, 0x22, 0x22);

    /** A column: header, share of the table width, right-aligned (numbers) or not. */
    record Column(String header, float weight, boolean right) {
    }

    private static final float PAD = 4;

    private final List<Column> columns;

    private final float size;

    private final List<List<String>> rows = new ArrayList<>();

    PdfTable(float size, Column... columns) {
        this.columns = List.of(columns);
        this.size = size;
    }

    PdfTable row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("表格列数不符");
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void draw(Canvas c) throws IOException {
        float[] widths = widths(c.width());
        List<String> headers = columns.stream().map(Column::header).toList();
        float headerHeight = height(c, headers, widths);
        boolean first = true;
        int n = 0;
        for (List<String> row : rows) {
            float h = height(c, row, widths);
            if (first || c.y() - h < Canvas.BOTTOM) {
                c.ensure(headerHeight + h);
                drawRow(c, headers, widths, headerHeight, HEADER);
                first = false;
            }
            drawRow(c, row, widths, h, n++ % 2 == 1 ? ZEBRA : null);
        }
        c.moveDown(6);
    }

    private float[] widths(float total) {
        float sum = 0;
        for (Column col : columns) {
            sum += col.weight();
        }
        float[] w = new float[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = total * columns.get(i).weight() / sum;
        }
        return w;
    }

    private float leading() {
        return size * 1.45f;
    }

    private float height(Canvas c, List<String> cells, float[] widths) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, c.wrap(cells.get(i), size, widths[i] - 2 * PAD).size());
        }
        return lines * leading() + 2 * PAD;
    }

    private void drawRow(Canvas c, List<String> cells, float[] widths, float h, Color background) throws IOException {
        float top = c.y();
        if (background != null) {
            c.fill(c.left(), top - h, c.width(), h, background);
        }
        float x = c.left();
        for (int i = 0; i < cells.size(); i++) {
            float baseline = top - PAD - size;
            for (String line : c.wrap(cells.get(i), size, widths[i] - 2 * PAD)) {
                if (columns.get(i).right()) {
                    c.textRight(line, x + widths[i] - PAD, baseline, size, INK);
                }
                else {
                    c.text(line, x + PAD, baseline, size, INK);
                }
                baseline -= leading();
            }
            x += widths[i];
        }
        c.line(c.left(), top - h, c.left() + c.width(), top - h, 0.5f, RULE);
        c.moveDown(h);
    }

}
