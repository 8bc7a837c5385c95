/**
 * The yearly job: five Spring Batch steps (collect, read, check, compile, publish) over
 * the stages' classes, with the run's parameters, and the loading of a compiled year for
 * publishing.
 */
package yearbook.job;
