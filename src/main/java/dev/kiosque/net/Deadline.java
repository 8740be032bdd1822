package dev.kiosque.net;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The moment by which a whole request, body included, must be done. */
final class Deadline {

    private final Duration timeout;
    private final long endNanos;

    /** A deadline {@code timeout} from now. */
    Deadline(Duration timeout) {
        this.timeout = timeout;
        this.endNanos = System.nanoTime() + timeout.toNanos();
    }

    /** The length this deadline was set for, for the "timed out after 20s" message. */
    Duration timeout() {
        return timeout;
    }

    long remainingNanos() {
        return endNanos - System.nanoTime();
    }

    /**
     * Closes {@code stream} when the deadline passes, which wakes a thread blocked reading it.
     * Close the returned alarm when the reading is over.
     */
    Alarm arm(ScheduledExecutorService timer, Closeable stream) {
        return new Alarm(timer, stream, Math.max(0, remainingNanos()));
    }

    /** A pending close; {@link #rang()} tells whether it happened. */
    static final class Alarm implements AutoCloseable {
        private final Closeable stream;
        private final ScheduledFuture<?> task;
        private volatile boolean rang;

        private Alarm(ScheduledExecutorService timer, Closeable stream, long delayNanos) {
            this.stream = stream;
            ScheduledFuture<?> scheduled;
            try {
                scheduled = timer.schedule(this::ring, delayNanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // The fetcher is closing: stop reading now rather than without a deadline.
                ring();
                scheduled = null;
            }
            this.task = scheduled;
        }

        boolean rang() {
            return rang;
        }

        private void ring() {
            rang = true;
            try {
                stream.close();
            } catch (IOException | RuntimeException e) {
                // Already closed or broken: the reader fails either way.
            }
        }

        @Override
        public void close() {
            if (task != null) task.cancel(false);
        }
    }
}
