package yearbook.cli;

import java.nio.file.Path;

/** One line for a person from an exception: the innermost message, never a stack trace. */
final class UserMessages {
    private UserMessages() {
    }

    static String of(Throwable e) {
        Throwable r = e;
        String best = e.getMessage();
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
            if (r.getMessage() != null) best = r.getMessage();
        }
        if (best == null) best = r.getClass().getSimpleName();
        String firstLine = best.lines().findFirst().orElse(best);
        return firstLine.length() > 400 ? firstLine.substring(0, 400) + "…" : firstLine;
    }

    static String logFile() {
        return Path.of(System.getProperty("LOG_FILE", "logs/yearbook.log")).toAbsolutePath().toString();
    }
}
