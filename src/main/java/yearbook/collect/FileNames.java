package yearbook.collect;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A received file's name as people read it. On Linux a name is bytes: one copied from a
 * Windows machine in GBK is not UTF-8, and Java shows it as U+FFFD (�), losing what it
 * said. The name's own bytes are taken back from the path's URI (which percent-encodes
 * them) and decoded as UTF-8, else as GBK, else shown with each unreadable byte as \xNN:
 * never as �.
 */
public final class FileNames {

    private static final Charset GBK = Charset.forName("GBK");

    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

    private FileNames() {
    }

    /**
     * What Excel or WPS (~$) and LibreOffice (.~lock) leave beside a workbook that is
     * open: often a copy of the workbook's first bytes, sometimes of all of them.
     */
    public static boolean isLockFile(String name) {
        String base = baseName(name);
        return base.startsWith("~$") || base.startsWith(".~lock");
    }

    /** The extension after the last dot, lower case; "" when there is none. */
    public static String extension(String name) {
        String base = baseName(name);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean hasWorkbookExtension(String name) {
        return WORKBOOK_EXTENSIONS.contains(extension(name));
    }

    /**
     * A file the read stage refuses by its name alone, whatever its bytes. Such a file is
     * never the first arrival of its bytes: a lock file that is a byte copy of a report
     * and sorts before it would otherwise make the report its duplicate, and the
     * community's figures would be lost with the refused lock file.
     */
    public static boolean refusedByName(String name) {
        return isLockFile(name) || !hasWorkbookExtension(name);
    }

    private static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
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
