package yearbook.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A yearbook process killed hard (kill -9, power cut of the JVM only) leaves its embedded
 * postmaster running on the data directory. The next start would then fail: the new
 * postmaster refuses the directory, zonky waits in vain, and only its shutdown hook stops
 * the orphan — so the run after next would work. This stops the orphan first, but only
 * when no live yearbook holds the directory (zonky's epg-lock file lock dies with its
 * JVM) and the pid in postmaster.pid is a postgres of this very directory (a pid may have
 * been reused). When a live yearbook does hold it, the run is refused with
 * {@link DatabaseInUseException}.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfOrphaned(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            }
            catch (OverlappingFileLockException e) {
                return; // this JVM holds the directory
            }
            // Another live yearbook holds the directory, its postmaster running: this run
            // has to wait for it.
            if (lock == null) {
                throw new DatabaseInUseException(dataDir);
            }
            try {
                orphan(pidFile, dataDir).ifPresent(p -> stop(p, dataDir));
            }
            finally {
                lock.release();
            }
        }
        catch (DatabaseInUseException e) {
            throw e;
        }
        catch (IOException | RuntimeException e) {
            log.warn("无法检查残留的 PostgreSQL 进程 (cannot check for a stale postmaster) in {}: {}", dataDir, e.toString());
        }
    }

    private static Optional<ProcessHandle> orphan(Path pidFile, Path dataDir) throws IOException {
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!first.matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive).filter(p -> {
            ProcessHandle.Info info = p.info();
            boolean postgres = info.command()
                .map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                .orElse(false);
            boolean ourDir = info.arguments().map(a -> Arrays.asList(a).contains(dataDir.toString())).orElse(false);
            return postgres && ourDir;
        });
    }

    private static void stop(ProcessHandle postmaster, Path dataDir) {
        log.warn("发现上次被中断的运行留下的 PostgreSQL (pid {}),先将其停止 (stopping a stale postmaster)", postmaster.pid());
        Path pgCtl = Path.of(postmaster.info().command().orElseThrow()).resolveSibling("pg_ctl");
        try {
            Process p = new ProcessBuilder(pgCtl.toString(), "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t",
                    "30")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            if (p.waitFor(40, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return;
            }
            p.destroyForcibly();
        }
        catch (IOException e) {
            log.warn("pg_ctl stop 失败: {}", e.toString());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        // pg_ctl missing or failed: SIGTERM, then wait for the postmaster to go.
        postmaster.destroy();
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            log.warn("残留的 PostgreSQL (pid {}) 未能停止: {}", postmaster.pid(), e.toString());
        }
    }

}
