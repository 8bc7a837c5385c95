package yearbook.system;

/**
 * The catalog or the registry is in none of the places yearbook looks: the user has to
 * make a working folder ({@code yearbook init}) or name the file. A configuration problem
 * (exit 2), said in one line, never a stack trace.
 */
public class ConfigNotFoundException extends IllegalStateException {

    public ConfigNotFoundException(String message) {
        super(message);
    }

}
