package yearbook.collect;

import java.io.IOException;
import java.io.InputStream;
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
 * Lists a year's received files: every regular file below input/&lt;year&gt;/, in name order. Links are
 * followed only to a file inside the input folder; any other link is listed as what it is, never
 * read (a link to /etc/passwd must not end up in the archive). A file over the size limit is listed
 * by its size and a hash streamed from disk, never read whole.
 */
public final class InputFolder {
    /** The default of yearbook.max-file-size: far above any workbook, far below what fills the heap. */
    public static final long DEFAULT_MAX_FILE_BYTES = 80L * 1024 * 1024;

    private InputFolder() {
    }

    /** Hashes on one thread per core: a city year is 24,000 files. */
    public static List<ReceivedFile> list(Path yearFolder) {
        return list(yearFolder, Runtime.getRuntime().availableProcessors());
    }

    public static List<ReceivedFile> list(Path yearFolder, int threads) {
        return list(yearFolder, threads, DEFAULT_MAX_FILE_BYTES);
    }

    public static List<ReceivedFile> list(Path yearFolder, int threads, long maxFileBytes) {
        if (!Files.isDirectory(yearFolder)) return List.of();
        Path inside;
        try {
            inside = yearFolder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + yearFolder, e);
        }
        List<Path> paths;
        try (Stream<Path> s = Files.walk(yearFolder)) {
            paths = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + yearFolder, e);
        }
        if (threads <= 1 || paths.size() < 2) return paths.stream().map(p -> describe(yearFolder, inside, p, maxFileBytes)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, paths.size()), r -> {
            Thread t = new Thread(r, "collect-hash");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReceivedFile>> hashed = new ArrayList<>(paths.size());
            for (Path p : paths) hashed.add(pool.submit(() -> describe(yearFolder, inside, p, maxFileBytes)));
            List<ReceivedFile> out = new ArrayList<>(paths.size());
            for (Future<ReceivedFile> f : hashed) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("收集被中断", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static ReceivedFile describe(Path root, Path inside, Path p, long maxFileBytes) {
        String name = FileNames.display(root, p);
        try {
            Path file = p;
            if (Files.isSymbolicLink(p)) {
                Path target = target(p);
                if (target == null || !target.startsWith(inside) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS))
                    return link(p, name);
                file = target;
            }
            long size = Files.size(file);
            return new ReceivedFile(file, name, sha256(file), size, Files.getLastModifiedTime(file).toInstant(),
                    size > maxFileBytes ? ReceivedFile.Withheld.TOO_LARGE : null);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件 " + p, e);
        }
    }

    /** Where a link leads in the end, or null when it leads nowhere. */
    private static Path target(Path link) {
        try {
            return link.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** A link that is not followed: known by its own name and where it points, never by the bytes there. */
    private static ReceivedFile link(Path p, String name) throws IOException {
        String pointsTo = Files.readSymbolicLink(p).toString();
        return new ReceivedFile(p, name, sha256(("link\u0000" + name + "\u0000" + pointsTo).getBytes(StandardCharsets.UTF_8)),
                0, Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant(), ReceivedFile.Withheld.LINK);
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
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
