package yearbook.system;

/**
 * The database cannot be started (embedded) or reached (a server) when the program
 * starts.
 */
public class DatabaseStartException extends IllegalStateException {

    public DatabaseStartException(String message, Throwable cause) {
        super(message, cause);
    }

}
