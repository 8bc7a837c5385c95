package yearbook.read;

import org.xml.sax.SAXException;

/**
 * A cell or row of a sheet's XML that no spreadsheet program writes: a shared-string
 * index out of range, a row numbered 0 or -5, a column beyond XFD, more cells in a row
 * than a sheet has columns. Reading on would drop the value silently, so the file is
 * refused, naming the place.
 */
final class CorruptCell extends SAXException {

    final String sheet;

    final String ref;

    final String what;

    final String seen;

    CorruptCell(String sheet, String ref, String what, String seen) {
        super("corrupt cell " + ref + ": " + what);
        this.sheet = sheet;
        this.ref = ref;
        this.what = what;
        this.seen = seen;
    }

}
