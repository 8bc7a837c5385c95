package yearbook.publish;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a workbook so that the same year published twice gives the same bytes. */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    /**
     * Saves with every zip entry stamped with the compile date instead of the clock, so
     * that publishing the same year twice gives byte-identical workbooks (POI stamps
     * "now").
     */
    static void save(Workbook book, LocalDateTime stamp, Path file) {
        if (book instanceof SXSSFWorkbook sx) {
            saveStreamed(sx, stamp, file);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            book.write(bytes);
            book.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法生成 " + file, e);
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                restamp(e, stamp, in, out);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file, e);
        }
    }

    private static void restamp(ZipEntry e, LocalDateTime stamp, InputStream in, ZipOutputStream out)
            throws IOException {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(stamp);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
    }

    /**
     * SXSSF's zip gives its entries' sizes only in the central directory, which a
     * ZipInputStream does not read: it is written to a file beside the target and read
     * back through the directory.
     */
    private static void saveStreamed(SXSSFWorkbook sx, LocalDateTime stamp, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path raw = null;
        try {
            raw = Files.createTempFile(dir, "." + file.getFileName(), ".raw");
            try (var o = new BufferedOutputStream(Files.newOutputStream(raw))) {
                sx.write(o);
            }
            finally {
                sx.close();
                sx.dispose(); // its rows' temporary files
            }
            try (ZipFile in = new ZipFile(raw.toFile());
                    ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                for (var entries = in.entries(); entries.hasMoreElements();) {
                    ZipEntry e = entries.nextElement();
                    try (var entry = in.getInputStream(e)) {
                        restamp(e, stamp, entry, out);
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file, e);
        }
        finally {
            if (raw != null) {
                try {
                    Files.deleteIfExists(raw);
                }
                catch (IOException e) {
                    // hidden, inside the year's temporary folder, which goes as a whole
                }
            }
        }
    }

}
