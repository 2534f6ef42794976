package io.clientele.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** How much the heap a piece of work holds grows: the heap after a collection, sampled every {@code every}. */
final class LiveHeap {
    private LiveHeap() {}

    /** Bytes of live heap growth while {@code work} runs (what it holds, not the garbage it leaves). */
    static long growth(Runnable work, java.time.Duration every) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(every);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        });
        try {
            work.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        return peak.get() - before;
    }
}
