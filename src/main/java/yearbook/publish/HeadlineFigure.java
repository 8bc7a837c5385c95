package yearbook.publish;

import yearbook.catalog.Indicator;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.Source;
import yearbook.model.Figure;

/**
 * The figure the overview and the narrative speak of: the sub-district's; for a station
 * statistic (空气优良天数比例) the station's own when the sub-district carries none, since the
 * summary speaks of the station (唐闸公园站点).
 */
public final class HeadlineFigure {

    private HeadlineFigure() {
    }

    public static Figure of(YearReport report, Indicator i) {
        Figure f = report.total(i.code()).orElse(null);
        if (f != null || i.source() != Source.STATION) {
            return f;
        }
        for (ReportingUnit station : report.units().stations()) {
            f = report.figure(station.code(), i.code()).orElse(null);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

}
