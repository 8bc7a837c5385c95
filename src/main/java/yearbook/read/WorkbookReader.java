package yearbook.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.Finding;

/**
 * Reads one received file per spec/submission-format.md: a 统计报表 (§1), a 空气质量日报 (§2), or not a
 * submission at all. Never throws for bad input; every problem is a finding. Macros never run and
 * formulas are never evaluated (the cached results are what the clerk saw).
 */
public final class WorkbookReader implements SubmissionReader {
    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

    private final ReportSheetReader reports;
    private final AirQualitySheetReader airQuality;
    private final SheetWalker walker = new SheetWalker();

    public WorkbookReader(IndicatorCatalog catalog, UnitRegistry units) {
        this.reports = new ReportSheetReader(catalog, units);
        this.airQuality = new AirQualitySheetReader(units);
        PoiGuards.apply();
    }

    @Override
    public ReadResult read(Path file, String fileName) {
        String name = fileName != null ? fileName : file.getFileName().toString();
        CellRef where = new CellRef(name, null);
        Optional<Finding> refused = refuse(file, name, where);
        if (refused.isPresent()) return new ReadResult.NotASubmission(List.of(refused.get()));
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            return dataSheet(walker.visibleSheets(wb), name, where);
        } catch (EncryptedDocumentException e) {
            return not(Problem.PASSWORD_PROTECTED.at(where, name, name));
        } catch (OutOfMemoryError e) {
            return not(Problem.FILE_TOO_LARGE.at(where, name, name, size(file)));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return not(problem(e, name, extension(name)));
        }
    }

    private ReadResult dataSheet(List<SheetGrid> sheets, String name, CellRef where) {
        for (SheetGrid sheet : sheets) {
            Optional<ReportHeader> report = ReportHeader.find(sheet);
            if (report.isPresent()) return reports.read(sheet, report.get());
            Optional<AirQualityHeader> aq = AirQualityHeader.find(sheet);
            if (aq.isPresent()) return airQuality.read(sheet, aq.get());
        }
        return not(Problem.NO_DATA_SHEET.at(where, name, name));
    }

    /** What can be told before opening: a lock file, another type, an empty or oversized file. */
    private static Optional<Finding> refuse(Path file, String name, CellRef where) {
        if (name.startsWith("~$") || name.startsWith(".~lock")) return Optional.of(Problem.LOCK_FILE.at(where, name, name));
        String ext = extension(name);
        if (!WORKBOOK_EXTENSIONS.contains(ext))
            return Optional.of(Problem.WRONG_FILE_TYPE.at(where, name, name, ext.isEmpty() ? "无" : "." + ext));
        try {
            long size = Files.size(file);
            if (size == 0) return Optional.of(Problem.EMPTY_FILE.at(where, name, name));
            if (size > PoiGuards.MAX_FILE_BYTES) return Optional.of(Problem.FILE_TOO_LARGE.at(where, name, name, size(file)));
        } catch (IOException e) {
            return Optional.of(Problem.UNREADABLE_FILE.at(where, name, name));
        }
        return Optional.empty();
    }

    /** POI says what went wrong only in English exception types and texts; this maps them to a finding. */
    private static Finding problem(Throwable e, String name, String ext) {
        CellRef where = new CellRef(name, null);
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EncryptedDocumentException || msg.contains("encrypted") || msg.contains("password"))
                return Problem.PASSWORD_PROTECTED.at(where, name, name);
            if (msg.contains("zip bomb") || msg.contains("max entry size") || msg.contains("exceeds the maximum")
                    || msg.contains("tried to allocate") || msg.contains("maximum length"))
                return Problem.ZIP_BOMB.at(where, name, name);
        }
        String type = e.getClass().getSimpleName();
        if (type.contains("NotOfficeXml") || type.contains("OfficeXml") || type.contains("NotOLE2")
                || type.contains("InvalidFormat") || type.contains("Zip") || e instanceof IllegalArgumentException
                || e.getClass().getName().contains("POIXML"))
            return Problem.NOT_A_WORKBOOK.at(where, name, name, "." + ext);
        return Problem.UNREADABLE_FILE.at(where, name, name);
    }

    private static ReadResult not(Finding f) {
        return new ReadResult.NotASubmission(List.of(f));
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String size(Path file) {
        try {
            return String.format("%.1f MB", Files.size(file) / 1024.0 / 1024.0);
        } catch (IOException e) {
            return "未知大小";
        }
    }
}
