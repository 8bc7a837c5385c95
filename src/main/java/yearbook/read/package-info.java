/**
 * Stage 2, read: turns one received file into observations (or daily air-quality records, or the
 * year's targets of a 目标任务 workbook, docs/targets.md) and findings. Knows the submission contract
 * (docs/submission-format.md); knows nothing of the database but the stores that keep what it read.
 */
package yearbook.read;
