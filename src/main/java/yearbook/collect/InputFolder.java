package yearbook.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Lists a year's received files: every regular file below input/&lt;year&gt;/, in name
 * order. Links are followed only to a file inside the input folder; any other link is
 * listed as what it is, never read (a link to /etc/passwd must not end up in the
 * archive). A file over the size limit is listed by its size and a hash streamed from
 * disk, never read whole.
 */
public final class InputFolder {

    /**
     * The default of yearbook.max-file-size: far above any workbook, far below what fills
     * the heap.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 80L * 1024 * 1024;

    private InputFolder() {
    }

    /**
     * Whether the year's folder holds at least one file to collect (the rule of
     * {@link #list}).
     */
    public static boolean hasFiles(Path yearFolder) {
        if (!Files.isDirectory(yearFolder)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(yearFolder)) {
            return s.anyMatch(p -> (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    && !p.getFileName().toString().startsWith("."));
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + yearFolder, e);
        }
    }

    /**
     * Why a year's folder has nothing, in one line: the folder looked in and, when the
     * folder given is itself a year folder (--input input/2022) or holds the files
     * directly, the one meant.
     */
    public static String nothingFor(int year, Path inputRoot) {
        Path root = inputRoot.toAbsolutePath().normalize();
        Path yearFolder = root.resolve(Integer.toString(year));
        String where = Files.isDirectory(yearFolder) ? "文件夹 " + yearFolder + " 是空的" : "文件夹 " + yearFolder + " 不存在";
        String hint;
        if (root.getFileName() != null && root.getFileName().toString().matches("\\d{4}") && root.getParent() != null) {
            hint = "指定的输入文件夹 " + root + " 是年度文件夹本身,应指定它的上一级: --input " + root.getParent();
        }
        else if (hasFilesDirectly(root)) {
            hint = root + " 里直接放着文件,应放进按年度分的子文件夹 " + yearFolder;
        }
        else {
            hint = "请把收到的 " + year + " 年文件放进 " + yearFolder + ",或用 --input 指定含年度子文件夹的输入文件夹";
        }
        return "没有找到 " + year + " 年的文件: " + where + "。" + hint + "。未汇编、未发布,原有输出不变。(no files for " + year + ")";
    }

    private static boolean hasFilesDirectly(Path root) {
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.anyMatch(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."));
        }
        catch (IOException e) {
            return false;
        }
    }

    /** Hashes on one thread per core: a city year is 24,000 files. */
    public static List<ReceivedFile> list(Path yearFolder) {
        return list(yearFolder, Runtime.getRuntime().availableProcessors());
    }

    public static List<ReceivedFile> list(Path yearFolder, int threads) {
        return list(yearFolder, threads, DEFAULT_MAX_FILE_BYTES);
    }

    public static List<ReceivedFile> list(Path yearFolder, int threads, long maxFileBytes) {
        List<Path> paths = paths(yearFolder);
        if (paths.isEmpty()) {
            return List.of();
        }
        try (Hasher h = new Hasher(yearFolder, threads, maxFileBytes)) {
            return h.describe(paths);
        }
    }

    /** The year's files (the rule of {@link #list}), in name order, not yet opened. */
    public static List<Path> paths(Path yearFolder) {
        if (!Files.isDirectory(yearFolder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(yearFolder)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .sorted()
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + yearFolder, e);
        }
    }

    /**
     * Describes (sizes, hashes) files of a year's folder, one thread per core, a window
     * of files at a time: a province's 240,000 files are never all described at once.
     */
    public static final class Hasher implements AutoCloseable {

        private final Path yearFolder;

        private final Path inside;

        private final long maxFileBytes;

        private final ExecutorService pool;

        /**
         * Describes a whole window while the caller registers the one before: registering
         * is one thread waiting on the database, hashing is every core reading files.
         */
        private final ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "collect-ahead");
            t.setDaemon(true);
            return t;
        });

        public Hasher(Path yearFolder, int threads, long maxFileBytes) {
            this.yearFolder = yearFolder;
            this.maxFileBytes = maxFileBytes;
            try {
                this.inside = yearFolder.toRealPath();
            }
            catch (IOException e) {
                throw new UncheckedIOException("无法读取输入目录 " + yearFolder, e);
            }
            this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "collect-hash");
                t.setDaemon(true);
                return t;
            });
        }

        /** The files' descriptions, in the order given. */
        public List<ReceivedFile> describe(List<Path> paths) {
            if (pool == null || paths.size() < 2) {
                return paths.stream().map(p -> InputFolder.describe(yearFolder, inside, p, maxFileBytes)).toList();
            }
            List<Future<ReceivedFile>> hashed = new ArrayList<>(paths.size());
            for (Path p : paths) {
                hashed.add(pool.submit(() -> InputFolder.describe(yearFolder, inside, p, maxFileBytes)));
            }
            List<ReceivedFile> out = new ArrayList<>(paths.size());
            for (Future<ReceivedFile> f : hashed) {
                out.add(result(f));
            }
            return out;
        }

        /**
         * {@link #describe} of these files, begun now; its result is what {@link #result}
         * gives.
         */
        public Future<List<ReceivedFile>> describeAhead(List<Path> paths) {
            return ahead.submit(() -> describe(paths));
        }

        /**
         * What a task of collect's returned; what went wrong in it is thrown here, as it
         * was thrown.
         */
        static <T> T result(Future<T> task) {
            try {
                return task.get();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("收集被中断", e);
            }
            catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            ahead.shutdownNow();
            if (pool != null) {
                pool.shutdownNow();
            }
        }

    }

    static ReceivedFile describe(Path root, Path inside, Path p, long maxFileBytes) {
        String name = FileNames.display(root, p);
        try {
            Path file = p;
            if (Files.isSymbolicLink(p)) {
                Path target = target(p);
                if (target == null || !target.startsWith(inside)
                        || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    return link(p, name);
                }
                file = target;
            }
            long size = Files.size(file);
            return new ReceivedFile(file, name, sha256(file), size, Files.getLastModifiedTime(file).toInstant(),
                    size > maxFileBytes ? ReceivedFile.Withheld.TOO_LARGE : null);
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法读取文件 " + p, e);
        }
    }

    /** Where a link leads in the end, or null when it leads nowhere. */
    private static Path target(Path link) {
        try {
            return link.toRealPath();
        }
        catch (IOException e) {
            return null;
        }
    }

    /**
     * A link that is not followed: known by its own name and where it points, never by
     * the bytes there.
     */
    private static ReceivedFile link(Path p, String name) throws IOException {
        String pointsTo = Files.readSymbolicLink(p).toString();
        return new ReceivedFile(p, name,
                sha256(("link\u0000" + name + "\u0000" + pointsTo).getBytes(StandardCharsets.UTF_8)), 0,
                Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant(), ReceivedFile.Withheld.LINK);
    }

    public static String sha256(Path p) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), digest())) {
            in.transferTo(OutputStreamSink.INSTANCE);
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class OutputStreamSink extends OutputStream {

        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }

    }

}
