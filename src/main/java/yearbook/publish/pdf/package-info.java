/**
 * The leaders' PDF: {@link yearbook.publish.pdf.SummaryPdf} lays out the cover, key
 * figures, area sections, air quality and 催报名单 on A4 pages with PDFBox;
 * {@link yearbook.publish.pdf.CjkFont} finds the Chinese font (or refuses clearly);
 * charts are drawn as vector form XObjects.
 */
package yearbook.publish.pdf;
