package yearbook.model;

import java.math.BigDecimal;

/**
 * A compiled yearly figure for one unit (or the sub-district) and one indicator,
 * unrounded. prior is last year's comparable figure; growth is 同比 in % for flows and
 * stocks, or the change in percentage points for rates (null when not computable: shown
 * as —). incomplete: a unit that should have reported did not; approximate: some part was
 * "余/多"; comparable false: the unit's boundary changed, so its 同比 is not like-for-like.
 */
public record Figure(int year, String unitCode, String indicatorCode, BigDecimal value, BigDecimal prior,
        BigDecimal growth, boolean incomplete, boolean approximate, boolean comparable) {
}
