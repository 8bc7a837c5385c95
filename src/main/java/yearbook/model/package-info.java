/**
 * The few values every stage shares: submissions, observations, findings, periods,
 * figures, targets and their progress.
 */
package yearbook.model;
