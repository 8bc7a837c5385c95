package yearbook.cli;

import java.nio.file.Path;

/** One line for a person from an exception: the innermost message, never a stack trace. */
final class UserMessages {
    private UserMessages() {
    }

    static String of(Throwable e) {
        return yearbook.job.FailureText.of(e);
    }

    static String logFile() {
        return Path.of(System.getProperty("LOG_FILE", "logs/yearbook.log")).toAbsolutePath().toString();
    }
}
