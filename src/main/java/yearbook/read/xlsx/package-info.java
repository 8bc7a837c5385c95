/**
 * The .xlsx/.xlsm package as the reader walks it: the zip (read part by part behind the
 * zip-bomb guards), its content types and relationships, the workbook, styles and shared
 * strings, and each sheet's cells as written, pulled with Aalto's StAX parser (no DTD, no
 * external entities), all under one watchdog per file. Knows nothing of the submission
 * contract: what a cell means is {@code read.CellDecoder}'s business.
 */
package yearbook.read.xlsx;
