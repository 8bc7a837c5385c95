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
import java.util.List;
import java.util.stream.Stream;

/** Lists a year's received files: every regular file below input/&lt;year&gt;/, in name order. */
public final class InputFolder {
    private InputFolder() {
    }

    public static List<ReceivedFile> list(Path yearFolder) {
        if (!Files.isDirectory(yearFolder)) return List.of();
        try (Stream<Path> s = Files.walk(yearFolder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(p -> describe(yearFolder, p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取输入目录 " + yearFolder, e);
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
