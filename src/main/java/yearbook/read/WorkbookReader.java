package yearbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.collect.FileNames;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.read.xlsx.BoundedInputStream;
import yearbook.read.xlsx.Watchdog;

/**
 * Reads one received file per docs/submission-format.md: a 统计报表 (§1), a 空气质量日报 (§2), or
 * not a submission at all. Never throws for bad input; every problem is a finding. Macros
 * never run and formulas are never evaluated (the cached results are what the clerk saw).
 */
public final class WorkbookReader implements SubmissionReader {

    private static final Logger log = LoggerFactory.getLogger(WorkbookReader.class);

    private final ReportSheetReader reports;

    private final AirQualitySheetReader airQuality;

    private final TargetSheetReader targets;

    private final ReadLimits limits;

    private final WorkbookWalker legacy = new SheetWalker();

    private final WorkbookWalker streaming;

    public WorkbookReader(IndicatorCatalog catalog, UnitRegistry units) {
        this(catalog, units, ReadLimits.DEFAULTS);
    }

    /**
     * With the office's limits: the largest file read at all, and the time one file may
     * take (yearbook.max-file-size, yearbook.read-time-limit).
     */
    public WorkbookReader(IndicatorCatalog catalog, UnitRegistry units, long maxFileBytes, Duration timeLimit) {
        this(catalog, units, ReadLimits.DEFAULTS.withMaxFileBytes(maxFileBytes).withTimeBudget(timeLimit));
    }

    WorkbookReader(IndicatorCatalog catalog, UnitRegistry units, ReadLimits limits) {
        this.reports = new ReportSheetReader(catalog, units);
        this.airQuality = new AirQualitySheetReader(units);
        this.targets = new TargetSheetReader(catalog, units);
        this.limits = limits;
        this.streaming = new StreamingSheetWalker(limits);
        PoiGuards.apply();
    }

    @Override
    public ReadResult read(Path file, String fileName) {
        String name = fileName != null ? fileName : file.getFileName().toString();
        CellRef where = new CellRef(name, null);
        Optional<Finding> refused = refuse(file, name, where);
        if (refused.isPresent()) {
            return new ReadResult.NotASubmission(List.of(refused.get()));
        }
        long size = sizeOf(file);
        return walked(name, size, sink -> {
            Optional<WorkbookWalker> walker = walker(file);
            if (walker.isEmpty()) {
                return not(Problem.FILE_TOO_LARGE.at(where, name, name, size(size),
                        size(limits.maxLegacyFileBytes()) + "(.xls格式)"));
            }
            walker.get().walk(file, sink);
            return sink.result();
        });
    }

    /**
     * Largest file read from memory; a larger one goes through a temporary file and is
     * streamed from disk.
     */
    static final int MAX_IN_MEMORY_BYTES = 2 * 1024 * 1024;

    @Override
    public ReadResult read(byte[] content, String fileName) {
        if (content.length > MAX_IN_MEMORY_BYTES || FileMagic.valueOf(content) != FileMagic.OOXML) {
            return SubmissionReader.super.read(content, fileName);
        }
        String name = Path.of(fileName).getFileName().toString();
        Optional<Finding> refused = refuse(name, content.length, new CellRef(name, null));
        if (refused.isPresent()) {
            return new ReadResult.NotASubmission(List.of(refused.get()));
        }
        return walked(name, content.length, sink -> {
            ((StreamingSheetWalker) streaming).walk(content, sink);
            return sink.result();
        });
    }

    @Override
    public ReadResult withheld(String fileName, String reason, long size) {
        return withheld(fileName, reason, size, limits.maxFileBytes());
    }

    /**
     * Said as what it is: the file's size and the memory the program may use, not 文件过大.
     */
    static ReadResult outOfMemory(String fileName, long size) {
        String name = fileName.contains("/") ? fileName.substring(fileName.lastIndexOf('/') + 1) : fileName;
        return not(Problem.OUT_OF_MEMORY.at(new CellRef(name, null), name, name, size(size),
                size(Runtime.getRuntime().maxMemory())));
    }

    static ReadResult withheld(String fileName, String reason, long size, long limit) {
        String name = fileName.contains("/") ? fileName.substring(fileName.lastIndexOf('/') + 1) : fileName;
        CellRef where = new CellRef(name, null);
        if ("LINK".equals(reason)) {
            return not(Problem.LINK_NOT_FOLLOWED.at(where, name, name));
        }
        return not(Problem.FILE_TOO_LARGE.at(where, name, name, size(size), size(limit)));
    }

    /** Reads a file into a fresh sink. */
    private interface Walk {

        ReadResult into(DataSheets sink) throws Exception;

    }

    /**
     * One reading, whatever the file came from: what POI or the sink throws becomes the
     * file's finding.
     */
    private ReadResult walked(String name, long size, Walk walk) {
        CellRef where = new CellRef(name, null);
        try {
            return walk.into(new DataSheets(name, reports, airQuality, targets, limits));
        }
        catch (EncryptedDocumentException e) {
            return not(Problem.PASSWORD_PROTECTED.at(where, name, name));
        }
        catch (CorruptCell c) {
            return not(Problem.CORRUPT_CELL.at(new CellRef(c.sheet, c.ref), c.seen, name, c.sheet, c.ref, c.what));
        }
        catch (Watchdog.Fired fired) {
            if (fired.time) {
                return not(Problem.READ_TIME_EXCEEDED.at(where, name, name, seconds(limits.timeBudget())));
            }
            return not(Problem.READ_BUDGET_EXCEEDED.at(where, name, name, size(limits.maxXmlBytes())));
        }
        catch (BoundedInputStream.PartTooLargeException e) {
            return not(Problem.PART_TOO_LARGE.at(where, name, name, size(size), e.part, size(e.limit)));
        }
        catch (OutOfMemoryError e) {
            return outOfMemory(name, size);
        }
        catch (Exception | StackOverflowError e) {
            // the finding speaks to the clerk; what the parser or the library said is
            // kept for the maintainer
            log.info("{}: {}", name, causes(e));
            return not(problem(e, name, FileNames.extension(name)));
        }
    }

    /**
     * One reading path for small and large files: an .xlsx/.xlsm (a zip package, whatever
     * its name says) is streamed; anything else goes to the user model, which reads .xls
     * and recognises encrypted and foreign files. A legacy file is read whole, so it has
     * its own, smaller size limit.
     */
    private Optional<WorkbookWalker> walker(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OOXML) {
            return Optional.of(streaming);
        }
        if (Files.size(file) > limits.maxLegacyFileBytes()) {
            return Optional.empty();
        }
        return Optional.of(legacy);
    }

    /**
     * What can be told before opening: a lock file, another type, an empty or oversized
     * file.
     */
    private Optional<Finding> refuse(Path file, String name, CellRef where) {
        try {
            return refuse(name, Files.size(file), where);
        }
        catch (IOException e) {
            return Optional.of(Problem.UNREADABLE_FILE.at(where, name, name));
        }
    }

    private Optional<Finding> refuse(String name, long size, CellRef where) {
        if (FileNames.isLockFile(name)) {
            return Optional.of(Problem.LOCK_FILE.at(where, name, name));
        }
        String ext = FileNames.extension(name);
        if (!FileNames.hasWorkbookExtension(name)) {
            return Optional.of(Problem.WRONG_FILE_TYPE.at(where, name, name, ext.isEmpty() ? "无" : "." + ext));
        }
        if (size == 0) {
            return Optional.of(Problem.EMPTY_FILE.at(where, name, name));
        }
        if (size > limits.maxFileBytes()) {
            return Optional.of(Problem.FILE_TOO_LARGE.at(where, name, name, size(size), size(limits.maxFileBytes())));
        }
        return Optional.empty();
    }

    /**
     * POI says what went wrong only in English exception types and texts; this maps them
     * to a finding.
     */
    private static Finding problem(Throwable e, String name, String ext) {
        CellRef where = new CellRef(name, null);
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EncryptedDocumentException || msg.contains("encrypted") || msg.contains("password")) {
                return Problem.PASSWORD_PROTECTED.at(where, name, name);
            }
            // POI's parsers refuse any DTD: the only way to entity bombs and external
            // entities (XXE)
            if (msg.contains("doctype")) {
                return Problem.XML_DECLARATION_REFUSED.at(where, name, name);
            }
            if (msg.contains("zip bomb") || msg.contains("max entry size") || msg.contains("exceeds the maximum")
                    || msg.contains("tried to allocate") || msg.contains("maximum length")
                    || msg.contains("internal file entries")) {
                return Problem.ZIP_BOMB.at(where, name, name);
            }
        }
        String type = e.getClass().getSimpleName();
        // POI: "Can't open workbook - unsupported file type: UNKNOWN" for an image or
        // other non-Office bytes
        if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("unsupported file type")) {
            return Problem.NOT_A_WORKBOOK.at(where, name, name, "." + ext);
        }
        if (type.contains("NotOfficeXml") || type.contains("OfficeXml") || type.contains("NotOLE2")
                || type.contains("InvalidFormat") || type.contains("Zip") || e instanceof IllegalArgumentException
                || e.getClass().getName().contains("POIXML")) {
            return Problem.NOT_A_WORKBOOK.at(where, name, name, "." + ext);
        }
        return Problem.UNREADABLE_FILE.at(where, name, name);
    }

    /** An exception and its causes on one line: "type: message ← type: message". */
    private static String causes(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 2_000; t = t.getCause()) {
            if (b.length() > 0) {
                b.append(" ← ");
            }
            b.append(t);
        }
        return b.toString();
    }

    private static ReadResult not(Finding f) {
        return new ReadResult.NotASubmission(List.of(f));
    }

    /** The file's size, or -1 when it cannot be told. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException e) {
            return -1;
        }
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "秒" : String.format("%.1f秒", d.toMillis() / 1000.0);
    }

    static String size(long bytes) {
        return bytes < 0 ? "未知大小" : String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }

}
