package yearbook.compile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Units handed from the thread reading them from the database to one thread compiling
 * them, in order. Read and compiled on one thread, PostgreSQL waited while a fetched
 * block of rows was compiled and the compiler waited while the next block was fetched (at
 * the province, 9.36 million observations: each side busy 60 % of the time).
 */
final class UnitHandoff implements AutoCloseable {

    /** Units waiting: a community is a few hundred observations. */
    private static final int WAITING = 256;

    private record Unit(String code, List<StoredObservation> observations, Map<String, BigDecimal> previousYear) {
    }

    private static final Unit END = new Unit(null, null, null);

    private final BlockingQueue<Unit> queue = new ArrayBlockingQueue<>(WAITING);

    private final Thread compiler;

    private volatile Throwable failure;

    UnitHandoff(UnitObservations.EachUnit each) {
        compiler = new Thread(() -> {
            try {
                for (Unit u = queue.take(); u != END; u = queue.take()) {
                    if (failure == null) {
                        u.observations().sort(UnitObservations.BY_ID);
                        each.accept(u.code(), u.observations(), u.previousYear());
                    }
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            catch (RuntimeException | Error e) {
                failure = e;
                // keep taking so that the reader is not blocked on a full queue
                drain();
            }
        }, "compile-units");
        compiler.setDaemon(true);
        compiler.start();
    }

    private void drain() {
        try {
            while (queue.take() != END) {
                // dropped: the compilation has failed
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands a unit over; its lists are the compiler's from now on. */
    void accept(String code, List<StoredObservation> observations, Map<String, BigDecimal> previousYear) {
        rethrow();
        put(new Unit(code, observations, previousYear));
    }

    private void put(Unit u) {
        try {
            queue.put(u);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            compiler.interrupt();
            throw new IllegalStateException("汇总被中断", e);
        }
    }

    /**
     * Waits until every unit handed over is compiled; a failure of the compiler is thrown
     * here.
     */
    @Override
    public void close() {
        put(END);
        try {
            compiler.join();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            compiler.interrupt();
            throw new IllegalStateException("汇总被中断", e);
        }
        rethrow();
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

}
