package yearbook.publish;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import yearbook.model.Figure;

/**
 * A year's compiled figures as publish asks for them: one by unit and indicator (a table
 * cell), or all of them once in report order (the CSV). A small year's are a list in
 * memory; a province's 800,000 stay in the database and come a window of units at a time,
 * so that publish's memory does not grow with the year.
 */
public interface YearFigures {

    /** The figure of a unit for an indicator. */
    Optional<Figure> find(String unitCode, String indicatorCode);

    /** Every figure, in the order the outputs list them. */
    void forEachInOrder(ReportOrder order, Consumer<Figure> each);

    /**
     * The figures of these indicators only, for a walk over every unit that shows a few
     * of them (an area's sheet, a ranking chart): a province's units have forty figures
     * each, and reading all of them for every such walk was most of publish's reading.
     */
    default YearFigures only(Collection<String> indicatorCodes) {
        Set<String> codes = Set.copyOf(indicatorCodes);
        YearFigures all = this;
        return new YearFigures() {
            @Override
            public Optional<Figure> find(String unitCode, String indicatorCode) {
                return codes.contains(indicatorCode) ? all.find(unitCode, indicatorCode) : Optional.empty();
            }

            @Override
            public void forEachInOrder(ReportOrder order, Consumer<Figure> each) {
                all.forEachInOrder(order, f -> {
                    if (codes.contains(f.indicatorCode())) {
                        each.accept(f);
                    }
                });
            }
        };
    }

    /** Figures held in memory (tests, and a year built by hand). */
    static YearFigures of(List<Figure> figures) {
        return FigureIndex.of(figures);
    }

}
