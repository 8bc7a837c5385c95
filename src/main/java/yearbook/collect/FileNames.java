package yearbook.collect;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A received file's name as people read it. On Linux a name is bytes: one copied from a
 * Windows machine in GBK is not UTF-8, and Java shows it as U+FFFD (�), losing what it
 * said. The name's own bytes are taken back from the path's URI (which percent-encodes
 * them) and decoded as UTF-8, else as GBK, else shown with each unreadable byte as \xNN:
 * never as �.
 */
public final class FileNames {

    private static final Charset GBK = Charset.forName("GBK");

    private FileNames() {
    }

    /** The name of p relative to root, '/' between folders. */
    public static String display(Path root, Path p) {
        String plain = root.relativize(p).toString().replace('\\', '/');
        if (plain.indexOf('\uFFFD') < 0) {
            return plain;
        }
        String rootUri = root.toAbsolutePath().toUri().getRawPath();
        String pUri = p.toAbsolutePath().toUri().getRawPath();
        if (!rootUri.endsWith("/")) {
            rootUri += "/";
        }
        if (!pUri.startsWith(rootUri)) {
            return plain;
        }
        byte[] raw = unescape(pUri.substring(rootUri.length()));
        String s = strict(raw, StandardCharsets.UTF_8);
        if (s == null) {
            s = strict(raw, GBK);
        }
        return s != null ? s : escaped(raw);
    }

    private static String strict(byte[] raw, Charset cs) {
        try {
            return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(raw))
                .toString();
        }
        catch (CharacterCodingException e) {
            return null;
        }
    }

    /** ASCII as itself, every other byte as \xNN. */
    static String escaped(byte[] raw) {
        StringBuilder b = new StringBuilder();
        for (byte x : raw) {
            int u = x & 0xff;
            if (u < 0x80) {
                b.append((char) u);
            }
            else {
                b.append(String.format("\\x%02X", u));
            }
        }
        return b.toString();
    }

    /** A URI's raw path (%XX escapes) back to its bytes. */
    private static byte[] unescape(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            }
            else {
                out.write((byte) c);
            }
        }
        return out.toByteArray();
    }

}
