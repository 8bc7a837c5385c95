package yearbook.publish.pdf;

/** No font that can draw Chinese: the PDF and the charts cannot be made readable. */
public class MissingCjkFontException extends IllegalStateException {

    public MissingCjkFontException(String message) {
        super(message);
    }

}
