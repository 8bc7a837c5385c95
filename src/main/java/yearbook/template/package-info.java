/**
 * Blank report workbooks and the blank 目标任务 workbook, made from the catalog and the
 * registry, so that what communities and the office fill in is what the reader expects.
 */
package yearbook.template;
