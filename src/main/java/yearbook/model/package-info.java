/** The few values every stage shares: submissions, observations, findings, periods, figures. */
package yearbook.model;
