/**
 * Cross-cutting wiring: configuration properties, the database (embedded or a server),
 * the catalog beans.
 */
package yearbook.system;
