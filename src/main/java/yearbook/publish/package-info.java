/**
 * Stage 5, publish: from a {@link yearbook.publish.YearReport} (everything compiled for a
 * year) to the files of output/&lt;year&gt;/: the leaders' PDF, the summary workbook, the
 * CSV, the validation report, the narrative and the charts. Written to a temporary folder
 * and moved into place whole.
 */
package yearbook.publish;
