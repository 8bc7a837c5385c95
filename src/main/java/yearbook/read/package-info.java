/**
 * Stage 2, read: turns one received file into observations (or daily air-quality records) and
 * findings. Knows the submission contract (docs/submission-format.md); knows nothing of the database.
 */
package yearbook.read;
