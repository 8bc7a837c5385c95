/**
 * After publish: the leaders' PDF by e-mail to the recipients in configuration. A
 * delivery that fails is kept as pending in the database and tried again by the next run
 * or scheduled tick, so a mail server being down never loses a run's result.
 */
package yearbook.deliver;
