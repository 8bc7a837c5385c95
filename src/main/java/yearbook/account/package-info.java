/**
 * The web console's accounts: who may sign in, with which role and for which unit;
 * passwords as BCrypt hashes; repeated failed logins slowed down. Made by the
 * {@code user} command.
 */
package yearbook.account;
