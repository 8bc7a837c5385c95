package yearbook.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work of the publish stage done on a daemon thread of its own while the calling thread
 * writes other outputs (the sources CSV waiting on the database; the chart files' PNG
 * encoding). The caller always waits for it before the output folder is renamed or
 * deleted, so it never writes into a folder that is gone; waiting is not cut short by an
 * interrupt.
 */
public final class SideTask<T> {

    private final FutureTask<T> task;

    private SideTask(FutureTask<T> task) {
        this.task = task;
    }

    public static <T> SideTask<T> start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new SideTask<>(task);
    }

    /** Waits for the work to end; what it threw, or null. */
    public Throwable await() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return null;
                }
                catch (InterruptedException e) {
                    interrupted = true;
                }
                catch (ExecutionException e) {
                    return e.getCause();
                }
            }
        }
        finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The work's result, waited for; what it threw, rethrown (a checked exception
     * wrapped).
     */
    public T join() {
        Throwable failure = await();
        if (failure != null) {
            throw unchecked(failure);
        }
        try {
            return task.get();
        }
        catch (InterruptedException | ExecutionException e) {
            // cannot happen: the task is done and did not fail
            throw new IllegalStateException(e);
        }
    }

    static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof RuntimeException r) {
            return r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(failure);
    }

}
