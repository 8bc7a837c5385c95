/**
 * What reading a file gave, kept in PostgreSQL: observations, daily air-quality records
 * and targets (by COPY), the findings and the submission's status, a group of files in
 * one transaction.
 */
package yearbook.read.store;
