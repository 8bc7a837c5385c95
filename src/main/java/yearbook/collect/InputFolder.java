package yearbook.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

/** Lists a year's received files: every regular file below input/&lt;year&gt;/, in name order. */
public final class InputFolder {
    private InputFolder() {
    }

    /** Hashes on one thread per core: a city year is 24,000 files. */
    public static List<ReceivedFile> list(Path yearFolder) {
        return list(yearFolder, Runtime.getRuntime().availableProcessors());
    }

    public static List<ReceivedFile> list(Path yearFolder, int threads) {
        if (!Files.isDirectory(yearFolder)) return List.of();
        List<Path> paths;
        try (Stream<Path> s = Files.walk(yearFolder)) {
            paths = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + yearFolder, e);
        }
        if (threads <= 1 || paths.size() < 2) return paths.stream().map(p -> describe(yearFolder, p)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, paths.size()), r -> {
            Thread t = new Thread(r, "collect-hash");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReceivedFile>> hashed = new ArrayList<>(paths.size());
            for (Path p : paths) hashed.add(pool.submit(() -> describe(yearFolder, p)));
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

    static ReceivedFile describe(Path root, Path p) {
        try {
            return new ReceivedFile(p, root.relativize(p).toString().replace('\\', '/'), sha256(p), Files.size(p),
                    Files.getLastModifiedTime(p).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件 " + p, e);
        }
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
