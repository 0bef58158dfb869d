package io.codebook.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Turns the generated files into their text, two at a time: the javac thread and one helper thread
 * take the next file in turn. Rendering is pure (JavaPoet's model is immutable and each rendering
 * has its own writer; the reference documents are built from the immutable model), so the texts are
 * the same whichever thread renders them, and javac, which is single-threaded, leaves the second
 * core of a typical build machine idle meanwhile. Only the rendering runs on the helper; the Filer
 * is used by the caller alone.
 */
final class OutputRendering {
  private OutputRendering() {}

  /** The text of each file, in the order given. */
  static List<String> render(List<Supplier<String>> files) {
    String[] texts = new String[files.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          try {
            for (int i = next.getAndIncrement(); i < texts.length; i = next.getAndIncrement()) {
              texts[i] = files.get(i).get();
            }
          } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            // Leave nothing for the other thread to start on.
            next.set(texts.length);
          }
        };
    Thread helper = null;
    if (files.size() > 1) {
      helper = new Thread(worker, "codebook-render");
      helper.setDaemon(true);
      try {
        helper.start();
      } catch (RuntimeException | OutOfMemoryError e) {
        // No thread to be had ("unable to create native thread"): render everything here.
        helper = null;
      }
    }
    worker.run();
    if (helper != null) {
      joinUninterruptibly(helper);
    }
    Throwable failed = failure.get();
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (failed instanceof Error e) {
      throw e;
    }
    // The join above makes the helper's writes to the array visible here.
    return new ArrayList<>(List.of(texts));
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
