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

    /** Whether the year's folder holds at least one file to collect (the rule of {@link #list}). */
    public static boolean hasFiles(Path yearFolder) {
        if (!Files.isDirectory(yearFolder)) return false;
        try (Stream<Path> s = Files.walk(yearFolder)) {
            return s.anyMatch(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + yearFolder, e);
        }
    }

    /**
     * Why a year's folder has nothing, in one line: the folder looked in and, when the folder given
     * is itself a year folder (--input input/2022) or holds the files directly, the one meant.
     */
    public static String nothingFor(int year, Path inputRoot) {
        Path root = inputRoot.toAbsolutePath().normalize();
        Path yearFolder = root.resolve(Integer.toString(year));
        String where = Files.isDirectory(yearFolder) ? "文件夹 " + yearFolder + " 是空的" : "文件夹 " + yearFolder + " 不存在";
        String hint;
        if (root.getFileName() != null && root.getFileName().toString().matches("\\d{4}") && root.getParent() != null) {
            hint = "指定的输入文件夹 " + root + " 是年度文件夹本身,应指定它的上一级: --input " + root.getParent();
        } else if (hasFilesDirectly(root)) {
            hint = root + " 里直接放着文件,应放进按年度分的子文件夹 " + yearFolder;
        } else {
            hint = "请把收到的 " + year + " 年文件放进 " + yearFolder + ",或用 --input 指定含年度子文件夹的输入文件夹";
        }
        return "没有找到 " + year + " 年的文件: " + where + "。" + hint + "。未汇编、未发布,原有输出不变。(no files for " + year + ")";
    }

    private static boolean hasFilesDirectly(Path root) {
        if (!Files.isDirectory(root)) return false;
        try (Stream<Path> s = Files.list(root)) {
            return s.anyMatch(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            return false;
        }
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
