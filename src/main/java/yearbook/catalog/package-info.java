/** The indicator catalog and the unit registry: data files the office edits, loaded once per run. */
package yearbook.catalog;
