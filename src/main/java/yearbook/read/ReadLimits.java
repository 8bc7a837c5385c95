package yearbook.read;

import java.time.Duration;

/**
 * Every limit the reader applies to one received file, in one place. A community's report
 * is a few hundred rows in a file of a few hundred KB; a station's daily file may
 * legitimately hold a million rows. The limits sit far above the legitimate and far below
 * what would exhaust a 256 MB heap or stall the run; anything beyond them becomes a
 * finding, never an OutOfMemoryError or a hang.
 *
 * @param maxFileBytes largest file opened at all (a 100 MB workbook is refused as 文件过大)
 * @param maxLegacyFileBytes largest .xls opened: legacy files are read whole into memory
 * (user model)
 * @param maxEntryBytes largest expanded zip entry (a sheet's XML is streamed, so this
 * guards time, not memory)
 * @param maxSmallPartBytes largest expanded workbook.xml, styles.xml or
 * sharedStrings.xml: these are held in memory
 * @param maxZipEntries most entries in an .xlsx package (each sheet is one or two)
 * @param maxHeaderRows rows of a sheet searched for a header before the sheet is taken
 * for no data sheet
 * @param maxReportRows rows with content in a 统计报表's data sheet (a report is hundreds of
 * rows)
 * @param maxSheetsScanned visible sheets searched for the data sheet
 * @param maxCellChars longest text of a cell (Excel itself stops at 32,767 characters)
 * @param maxFindingsPerRule findings of one problem listed for one file; the rest are
 * counted
 * @param timeBudget time one file may take to read
 * @param maxXmlBytes expanded XML one file may make the parser go through, all parts and
 * sheets together (a million-row station sheet is about 150 MB)
 * @param maxKeptCells cells of a report sheet held at once (the memory budget of one
 * file)
 */
record ReadLimits(long maxFileBytes, long maxLegacyFileBytes, long maxEntryBytes, long maxSmallPartBytes,
        long maxZipEntries, int maxHeaderRows, int maxReportRows, int maxSheetsScanned, int maxCellChars,
        int maxFindingsPerRule, Duration timeBudget, long maxXmlBytes, int maxKeptCells) {

    static final ReadLimits DEFAULTS = new ReadLimits(80L * 1024 * 1024, 16L * 1024 * 1024, 2L * 1024 * 1024 * 1024,
            48L * 1024 * 1024, 25_000, 1_000, 5_000, 100, 32_767, 200, Duration.ofMinutes(3), 1024L * 1024 * 1024,
            500_000);

    ReadLimits withTimeBudget(Duration d) {
        return new ReadLimits(maxFileBytes, maxLegacyFileBytes, maxEntryBytes, maxSmallPartBytes, maxZipEntries,
                maxHeaderRows, maxReportRows, maxSheetsScanned, maxCellChars, maxFindingsPerRule, d, maxXmlBytes,
                maxKeptCells);
    }

    ReadLimits withMaxReportRows(int rows) {
        return new ReadLimits(maxFileBytes, maxLegacyFileBytes, maxEntryBytes, maxSmallPartBytes, maxZipEntries,
                maxHeaderRows, rows, maxSheetsScanned, maxCellChars, maxFindingsPerRule, timeBudget, maxXmlBytes,
                maxKeptCells);
    }

    ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxLegacyFileBytes, maxEntryBytes, maxSmallPartBytes, maxZipEntries, maxHeaderRows,
                maxReportRows, maxSheetsScanned, maxCellChars, maxFindingsPerRule, timeBudget, maxXmlBytes,
                maxKeptCells);
    }

    ReadLimits withMaxKeptCells(int cells) {
        return new ReadLimits(maxFileBytes, maxLegacyFileBytes, maxEntryBytes, maxSmallPartBytes, maxZipEntries,
                maxHeaderRows, maxReportRows, maxSheetsScanned, maxCellChars, maxFindingsPerRule, timeBudget,
                maxXmlBytes, cells);
    }
}
