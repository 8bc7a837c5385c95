/**
 * Stage 1, collect: finds the files of a year's input folder, hashes them (SHA-256),
 * keeps their bytes in the archive (table received_file) and registers each arrival as a
 * submission.
 */
package yearbook.collect;
