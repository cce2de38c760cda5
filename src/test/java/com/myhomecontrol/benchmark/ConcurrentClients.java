package com.myhomecontrol.benchmark;

import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Client threads that take work from one shared supply until it runs out; timed from start to the last one done. */
final class ConcurrentClients {

    private ConcurrentClients() {
    }

    static <T> Duration run(int clients, Iterator<T> work, Task<T> task) throws InterruptedException {
        Callable<Void> client = () -> {
            for (T item = take(work); item != null; item = take(work)) {
                task.run(item);
            }
            return null;
        };
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            for (Future<Void> done : threads.invokeAll(Collections.nCopies(clients, client))) {
                done.get();
            }
            return Duration.ofNanos(System.nanoTime() - start);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A client failed: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> T take(Iterator<T> work) {
        synchronized (work) {
            return work.hasNext() ? work.next() : null;
        }
    }
}
