/**
 * The commands of the one executable: run, check, explain, status. Messages for people,
 * never stack traces.
 */
package yearbook.cli;
