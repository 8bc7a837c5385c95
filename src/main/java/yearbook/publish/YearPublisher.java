package yearbook.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a year's outputs all or nothing: everything goes into a hidden sibling folder
 * outputRoot/.&lt;year&gt;.tmp-&lt;random&gt;, which is renamed to
 * outputRoot/&lt;year&gt; only when complete. A previous &lt;year&gt; is first renamed to
 * .&lt;year&gt;.old-&lt;random&gt; and deleted after the swap, so a reader sees either
 * the old folder or the new one, never half of either. Renames within one folder are
 * atomic on the same file system.
 */
public final class YearPublisher implements Publisher {

    private final PdfWriter pdf;

    /**
     * @param pdf the leaders' PDF ({@code publish.pdf.SummaryPdf}), given so that publish
     * does not depend on its sub-package
     */
    public YearPublisher(PdfWriter pdf) {
        this.pdf = Objects.requireNonNull(pdf);
    }

    @Override
    public Path publish(YearReport report, Path outputRoot) {
        int year = report.year();
        Path target = outputRoot.resolve(Integer.toString(year));
        Path temp;
        try {
            Files.createDirectories(outputRoot);
            recover(outputRoot, year, target);
            temp = Files.createTempDirectory(outputRoot, "." + year + ".tmp-");
            shareable(temp);
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法在 " + outputRoot + " 下准备发布目录", e);
        }
        try {
            writeAll(report, temp);
            swap(outputRoot, year, temp, target);
            return target;
        }
        catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(year + "年结果发布失败,原有结果保持不变", e);
        }
        catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * A temporary directory is private to its owner; the published year is for the whole
     * office.
     */
    private static void shareable(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its ACLs are inherited from the parent
            // folder
        }
    }

    private void writeAll(YearReport report, Path dir) throws IOException {
        int year = report.year();
        Path charts = Files.createDirectories(dir.resolve("charts"));
        // The sources are mostly a wait on the database (a city's are a million rows):
        // they are read and written on a thread of their own while this one builds the
        // workbooks and the PDF. Its result is how many went to sources-<year>.csv, or -1
        // when they are few enough for the 数据来源 sheet.
        SideTask<Long> sources = SideTask.start("publish-sources-" + year,
                () -> report.lineage().exceeds(SummaryWorkbook.SOURCES_IN_SHEET)
                        ? new SourcesCsv().write(report, dir.resolve("sources-" + year + ".csv")) : -1L);
        boolean done = false;
        try {
            new IndicatorsCsv().write(report, dir.resolve("indicators-" + year + ".csv"));
            new ValidationReport().write(report, dir.resolve("validation-" + year + ".xlsx"));
            new Narrative().write(report, dir.resolve("narrative-" + year + ".md"));
            pdf.write(report, dir.resolve("summary-" + year + ".pdf"), charts);
            // last: its 数据来源 sheet names how many sources the CSV has, which may mean
            // waiting for it
            new SummaryWorkbook().write(report, dir.resolve("summary-" + year + ".xlsx"), sources::join);
            done = true;
        }
        finally {
            // never leave it writing into a folder that is about to be renamed or deleted
            Throwable failure = sources.await();
            if (done && failure != null) {
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw SideTask.unchecked(failure);
            }
        }
    }

    private static void swap(Path root, int year, Path temp, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(temp, target);
            return;
        }
        Path backup = Files.createTempDirectory(root, "." + year + ".old-");
        Files.delete(backup); // only its unique name is wanted: rename needs a free name
        move(target, backup);
        try {
            move(temp, target);
        }
        catch (IOException | RuntimeException e) {
            // put the previous year back before reporting the failure
            move(backup, target);
            throw e;
        }
        deleteQuietly(backup);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Cleans up after a run that died mid-publish: if it died between the two renames,
     * the previous &lt;year&gt; is only in a backup and is put back; leftover temp
     * folders and backups are removed. Safe because two runs of the same year are refused
     * by the job.
     */
    private static void recover(Path root, int year, Path target) throws IOException {
        List<Path> backups = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, "." + year + ".*")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + year + ".old-")) {
                    backups.add(p);
                }
                else if (n.startsWith("." + year + ".tmp-")) {
                    temps.add(p);
                }
            }
        }
        if (!Files.exists(target) && !backups.isEmpty()) {
            Path newest = backups.stream().max((a, b) -> lastModified(a).compareTo(lastModified(b))).orElseThrow();
            move(newest, target);
            backups.remove(newest);
        }
        for (Path p : backups) {
            deleteQuietly(p);
        }
        for (Path p : temps) {
            deleteQuietly(p);
        }
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        }
        catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        catch (IOException e) {
            // leftovers are hidden and removed by the next run's recover(); the outcome
            // stands
        }
    }

}
