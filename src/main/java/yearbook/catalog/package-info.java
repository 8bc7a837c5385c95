/**
 * The indicator catalog and the unit registry: data files the office edits, loaded once
 * per run, bound to records and checked on load so that every mistake is reported with
 * its line.
 */
package yearbook.catalog;
