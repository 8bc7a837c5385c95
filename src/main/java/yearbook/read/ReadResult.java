package yearbook.read;

import java.time.LocalDate;
import java.util.List;
import yearbook.model.AirQualityDay;
import yearbook.model.Finding;
import yearbook.model.Observation;
import yearbook.model.Period;
import yearbook.model.Target;

/**
 * What reading one file gave. A result holding any ERROR finding is quarantined as a
 * whole.
 */
public sealed interface ReadResult {

    List<Finding> findings();

    default boolean hasErrors() {
        return findings().stream().anyMatch(Finding::isError);
    }

    /**
     * A 统计报表 of one unit for one period. unitCode or period may be null when they could
     * not be read (then an error says why).
     */
    record Report(String sheet, String unitCode, Period period, LocalDate filedOn, List<Observation> observations,
            List<Finding> findings) implements ReadResult {
        public Report {
            observations = List.copyOf(observations);
            findings = List.copyOf(findings);
        }
    }

    /**
     * A station's 空气质量日报. days may hold a million records: the reader gives them in a
     * compact, immutable list whose elements are built when asked for; iterate it, do not
     * copy it.
     */
    record AirQuality(String sheet, String stationCode, List<AirQualityDay> days,
            List<Finding> findings) implements ReadResult {
        public AirQuality {
            days = days instanceof DayTable ? days : List.copyOf(days);
            findings = List.copyOf(findings);
        }
    }

    /**
     * A 目标任务 workbook (docs/targets.md): the year's targets issued by the sub-district
     * (issuerCode), per unit and indicator. issuerCode or period may be null when they
     * could not be read.
     */
    record Targets(String sheet, String issuerCode, Period period, LocalDate filedOn, List<Target> targets,
            List<Finding> findings) implements ReadResult {
        public Targets {
            targets = List.copyOf(targets);
            findings = List.copyOf(findings);
        }
    }

    /**
     * Not a submission at all (a .docx, a lock file, a corrupt or protected workbook, no
     * data sheet): the findings say why.
     */
    record NotASubmission(List<Finding> findings) implements ReadResult {
        public NotASubmission {
            findings = List.copyOf(findings);
        }
    }

}
