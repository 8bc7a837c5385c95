package yearbook.system;

import java.nio.file.Path;

/** A folder yearbook must write (the embedded database's) cannot be made or written. */
public class DataFolderException extends IllegalStateException {

    public DataFolderException(Path dir, String reason, Throwable cause) {
        super("数据文件夹 " + dir + " 无法创建或写入(" + reason
                + ")。请检查该位置的权限和磁盘,或用 --yearbook.embedded-db-dir=可写的文件夹 另选一处。(data folder not writable)", cause);
    }

}
