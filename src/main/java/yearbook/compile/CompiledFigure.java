package yearbook.compile;

import java.util.Set;
import yearbook.model.Figure;

/** A figure with the observations it was compiled from. */
public record CompiledFigure(Figure figure, Set<Long> observationIds) {
}
