package yearbook.publish.chart;

import java.math.BigDecimal;
import java.util.function.Function;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Bar labels printed by the same rules as the tables (FigureFormat), never by Java's
 * double formatting.
 */
final class Labels implements CategoryItemLabelGenerator {

    private final Function<BigDecimal, String> format;

    Labels(Function<BigDecimal, String> format) {
        this.format = format;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number n = dataset.getValue(row, column);
        if (n == null) {
            return "";
        }
        return format.apply(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }

}
