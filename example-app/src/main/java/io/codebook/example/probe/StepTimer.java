package io.codebook.example.probe;

import java.io.Closeable;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds the wall-clock time of each step of the probe, whatever the server sends.
 *
 * <p>A socket's read timeout alone does not: it starts again with every byte that arrives, so a
 * server that sends an endless line, or drips a byte a second, would hold the probe for ever. So
 * each step is timed here too, and when its time is up the timer closes the step's socket, which
 * ends any read blocked on it. The read then fails, and {@link Timed#check} turns that failure into
 * the timeout it really is.
 */
final class StepTimer implements Closeable {
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "ftp-doctor-step-timer");
            thread.setDaemon(true);
            return thread;
          });
  private final Timeout limit;

  StepTimer(Timeout limit) {
    this.limit = limit;
  }

  /** Starts timing a step that reads from {@code socket}; close the result when the step ends. */
  Timed start(Socket socket, String what) {
    return new Timed(socket, what);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  /** One timed step. */
  final class Timed implements AutoCloseable {
    private final String what;
    private final AtomicBoolean expired = new AtomicBoolean();
    private final ScheduledFuture<?> alarm;

    private Timed(Socket socket, String what) {
      this.what = what;
      this.alarm =
          scheduler.schedule(
              () -> {
                expired.set(true);
                closeQuietly(socket);
              },
              limit.millis(),
              TimeUnit.MILLISECONDS);
    }

    /**
     * The failure to report for {@code failure}: a timeout if the step ran out of time, since the
     * socket failed only because the timer closed it, else {@code failure} itself.
     */
    IOException check(IOException failure) {
      if (!expired.get()) {
        return failure;
      }
      SocketTimeoutException timeout =
          new SocketTimeoutException(what + " did not finish within " + limit.text());
      timeout.initCause(failure);
      return timeout;
    }

    /** Whether the time ran out, which also closed the socket. */
    boolean expired() {
      return expired.get();
    }

    @Override
    public void close() {
      alarm.cancel(false);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // The socket is being abandoned either way.
    }
  }
}
