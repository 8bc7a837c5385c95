package yearbook.web;

import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The name an uploaded file is known by. A browser's file name is only a label: its last
 * segment is kept (never a folder, never "..", no control characters), it is cut to a
 * sane length, and the extension is the one the bytes say (a zip package is .xlsx, an
 * OLE2 file .xls, whatever the name claimed); anything else keeps its own, and the reader
 * then says what it is not.
 */
final class UploadName {

    static final int MAX_LENGTH = 120;

    private UploadName() {
    }

    static String of(String submitted, byte[] content) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}:*?\"<>|]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "上报文件";
        }
        String ext = byContent(content);
        if (ext != null) {
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            String had = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
            // an .xlsm stays .xlsm: also a zip package, and its name tells the clerk
            // which file it was
            if (!(ext.equals("xlsx") && had.equals("xlsm"))) {
                name = base + "." + ext;
            }
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String ext2 = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - ext2.length()) + ext2;
        }
        return name;
    }

    private static String byContent(byte[] content) {
        if (content == null || content.length < 8) {
            return null;
        }
        return switch (FileMagic.valueOf(content)) {
            case OOXML -> "xlsx";
            case OLE2 -> "xls";
            default -> null;
        };
    }

}
