package yearbook.system;

import java.nio.file.Path;

/**
 * The embedded database's folder is held by another live yearbook process: this run must
 * wait, as when another run of the year holds the year's lock (exit code 4), not fail.
 */
public class DatabaseInUseException extends IllegalStateException {

    private final transient Path dataDir;

    public DatabaseInUseException(Path dataDir) {
        super("嵌入式数据库 " + dataDir
                + " 正被另一个 yearbook 进程使用 (the embedded database is in use by another yearbook process)");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }

}
