/**
 * Stage 2, read: turns one received file into observations (or daily air-quality records,
 * or the year's targets of a 目标任务 workbook, docs/targets.md) and findings, per the
 * submission contract (docs/submission-format.md). Three parts: this package holds the
 * contract (what a file is, its data sheet, the report, station and target readers,
 * values, findings) and the read step; {@code read.xlsx} walks an .xlsx package and its
 * XML; {@code read.store} keeps what was read in PostgreSQL. The step reaches the
 * database only to fetch the archived bytes and, through
 * {@link yearbook.read.ResultStore}, to keep the results.
 */
package yearbook.read;
