package yearbook.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import yearbook.model.Figure;

/**
 * A year's figures in memory, with a lookup by unit and indicator: the workbooks, charts
 * and PDF ask for one figure per cell, and a search through a city's 82,000 figures per
 * cell of its 2,000 × 40 tables made publishing quadratic. The first figure of a unit and
 * indicator wins, as the list's own order would have it.
 */
final class FigureIndex implements YearFigures {

    private final List<Figure> figures;

    private final Map<String, Map<String, Figure>> byUnit = new HashMap<>();

    private FigureIndex(List<Figure> figures) {
        this.figures = List.copyOf(figures);
        for (Figure f : this.figures) {
            byUnit.computeIfAbsent(f.unitCode(), u -> new HashMap<>()).putIfAbsent(f.indicatorCode(), f);
        }
    }

    static FigureIndex of(List<Figure> figures) {
        return new FigureIndex(figures);
    }

    @Override
    public Optional<Figure> find(String unitCode, String indicatorCode) {
        Map<String, Figure> ofUnit = byUnit.get(unitCode);
        return Optional.ofNullable(ofUnit == null ? null : ofUnit.get(indicatorCode));
    }

    @Override
    public void forEachInOrder(ReportOrder order, Consumer<Figure> each) {
        figures.stream().sorted(order.figures()).forEach(each);
    }

    /** The figures as they were given. */
    List<Figure> list() {
        return figures;
    }

}
