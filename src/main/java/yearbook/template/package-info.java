/** Blank report workbooks made from the catalog, so that what communities fill in is what the reader expects. */
package yearbook.template;
