package yearbook.read.xlsx;

/**
 * A cell or row of a sheet's XML that no spreadsheet program writes (a row numbered 0, a
 * column beyond XFD, cells out of order): reading on would drop or overwrite a value
 * unseen. Carries the place, what is wrong (in the clerk's words) and the raw text seen,
 * at most 40 characters of it.
 */
public final class MalformedSheetException extends Exception {

    public final String ref;

    public final String what;

    public final String seen;

    public MalformedSheetException(String ref, String what, String seen) {
        super("malformed cell " + ref + ": " + what, null, false, false);
        this.ref = ref;
        this.what = what;
        this.seen = clip(seen);
    }

    /** A raw attribute or value quoted in a finding: at most 40 characters of it. */
    public static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

}
