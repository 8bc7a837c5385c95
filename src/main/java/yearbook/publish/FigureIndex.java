package yearbook.publish;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yearbook.model.Figure;

/**
 * A year's figures as the list they came in, with a lookup by unit and indicator: the
 * workbooks, charts and PDF ask for one figure per cell, and a search through 82,000
 * figures per cell of a city's 2,000 × 40 tables made publishing quadratic. The first
 * figure of a unit and indicator wins, as the list's own order would have it.
 */
final class FigureIndex extends AbstractList<Figure> {

    private final List<Figure> figures;

    private final Map<String, Map<String, Figure>> byUnit = new HashMap<>();

    private FigureIndex(List<Figure> figures) {
        this.figures = List.copyOf(figures);
        for (Figure f : this.figures) {
            byUnit.computeIfAbsent(f.unitCode(), u -> new HashMap<>()).putIfAbsent(f.indicatorCode(), f);
        }
    }

    static FigureIndex of(List<Figure> figures) {
        return figures instanceof FigureIndex ix ? ix : new FigureIndex(figures);
    }

    /** The figure of a unit for an indicator, or null. */
    Figure find(String unitCode, String indicatorCode) {
        Map<String, Figure> ofUnit = byUnit.get(unitCode);
        return ofUnit == null ? null : ofUnit.get(indicatorCode);
    }

    @Override
    public Figure get(int index) {
        return figures.get(index);
    }

    @Override
    public int size() {
        return figures.size();
    }

}
