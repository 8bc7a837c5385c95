/**
 * {@code yearbook serve}: the office's web console. Server-rendered pages (Spring MVC +
 * Thymeleaf, no JavaScript build), Spring Security login by the accounts of
 * {@code yearbook.account}; every page uses the same services as the commands (check's
 * reader, collect's archive, the job's launcher). Only the serve command starts a servlet
 * container: every class here is conditional on it.
 */
package yearbook.web;
