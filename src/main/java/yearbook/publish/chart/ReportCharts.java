package yearbook.publish.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import yearbook.catalog.Group;
import yearbook.catalog.Indicator;
import yearbook.catalog.Source;
import yearbook.model.AnnualAirQuality;
import yearbook.publish.Trends;
import yearbook.publish.YearReport;

/**
 * The list of a year's charts, in report order, with file names that stay the same from
 * year to year (area number and code, then what is shown): 01-eco-growth,
 * 01-eco-eco_projects, 07-air-calendar. Per area: the 同比 chart when there are priors, and
 * a community ranking for each community-sourced key indicator (or, for an area without
 * one, its first community-sourced indicator).
 */
public final class ReportCharts {

    private final AreaGrowthChart growth;

    private final CommunityRankingChart ranking;

    private final AqiCalendarChart calendar;

    private final GoodDaysChart goodDays;

    private final AqiLevelChart levels;

    private final TrendChart trend;

    private final CumulativeChart cumulative;

    public ReportCharts(ChartStyle style) {
        growth = new AreaGrowthChart(style);
        ranking = new CommunityRankingChart(style);
        calendar = new AqiCalendarChart(style);
        goodDays = new GoodDaysChart(style);
        levels = new AqiLevelChart(style);
        trend = new TrendChart(style);
        cumulative = new CumulativeChart(style);
    }

    public List<NamedChart> create(YearReport report) {
        List<NamedChart> charts = new ArrayList<>();
        List<Group> groups = report.catalog().groups();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            String prefix = String.format(Locale.ROOT, "%02d-%s-", g + 1, group.code().toLowerCase(Locale.ROOT));
            for (String spec : plan(report, group)) {
                if (spec.equals("growth")) {
                    add(charts, prefix + "growth", group.code(), growth.create(report, group));
                }
                else if (spec.startsWith("ranking:")) {
                    Indicator i = report.catalog().byCode(spec.substring("ranking:".length())).orElse(null);
                    if (i != null) {
                        add(charts, prefix + i.code().toLowerCase(Locale.ROOT), group.code(),
                                ranking.create(report, i));
                    }
                }
            }
            // the years in the database and, for monthly flows, the months of this one
            // (docs/targets.md)
            add(charts, prefix + "trend", group.code(), trend.create(report, group));
            for (Trends.Cumulative c : report.trends().cumulative()) {
                if (!report.catalog().get(c.indicatorCode()).group().equals(group.code())) {
                    continue;
                }
                add(charts, prefix + c.indicatorCode().toLowerCase(Locale.ROOT) + "-cumulative", group.code(),
                        cumulative.create(report, c));
            }
        }
        List<AnnualAirQuality> stations = report.stationsWithSections();
        for (int k = 0; k < stations.size(); k++) {
            AnnualAirQuality station = stations.get(k);
            // The first station keeps the names a one-station year always had; the others
            // carry their code.
            String prefix = String.format(Locale.ROOT, "%02d-air-", groups.size() + 1)
                    + (k == 0 ? "" : station.stationCode().toLowerCase(Locale.ROOT) + "-");
            String section = NamedChart.airSection(k, station.stationCode());
            List<String> air = report.catalog().hasChartPlan() ? report.catalog().chartsOf(NamedChart.AIR)
                    : List.of("calendar", "monthly", "levels");
            for (String spec : air) {
                switch (spec) {
                    case "calendar" -> add(charts, prefix + "calendar", section, calendar.create(station));
                    case "monthly" -> add(charts, prefix + "monthly", section, goodDays.create(station));
                    case "levels" -> add(charts, prefix + "levels", section, levels.create(station));
                    default -> {
                    }
                }
            }
        }
        return charts;
    }

    /**
     * The catalog's list for the area, or the built-in choice: 同比, then rankings of its
     * key community indicators.
     */
    static List<String> plan(YearReport report, Group group) {
        if (report.catalog().hasChartPlan()) {
            return report.catalog().chartsOf(group.code());
        }
        List<String> specs = new ArrayList<>();
        specs.add("growth");
        for (Indicator i : rankedIndicators(report, group)) {
            specs.add("ranking:" + i.code());
        }
        return specs;
    }

    static List<Indicator> rankedIndicators(YearReport report, Group group) {
        List<Indicator> community = report.catalog()
            .inGroup(group.code())
            .stream()
            .filter(i -> i.source() == Source.COMMUNITY && i.kind().isReported())
            .toList();
        List<Indicator> key = community.stream().filter(Indicator::key).toList();
        if (!key.isEmpty()) {
            return key;
        }
        return community.isEmpty() ? List.of() : List.of(community.get(0));
    }

    private static void add(List<NamedChart> charts, String name, String section, JFreeChart chart) {
        if (chart != null) {
            charts.add(new NamedChart(name, section, chart));
        }
    }

}
