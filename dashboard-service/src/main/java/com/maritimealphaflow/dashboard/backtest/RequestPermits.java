package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.service.ServiceBusyException;
import java.util.concurrent.Semaphore;

/**
 * A few permits for requests that hold data in memory while they run. A request takes one after its parameters are
 * checked and before it reads anything, so that requests beyond the limit are refused (503) without first loading
 * their bars into the small heap.
 */
final class RequestPermits {

    private final Semaphore permits;
    private final String busy;

    /** @param busy what a refused request is told */
    RequestPermits(int count, String busy) {
        this.permits = new Semaphore(count);
        this.busy = busy;
    }

    /** A permit to release by closing it; a {@link ServiceBusyException} if none is free. */
    Permit take() {
        if (!permits.tryAcquire()) {
            throw new ServiceBusyException(busy);
        }
        return new Permit();
    }

    /** One permit held; closing it twice releases it once. */
    final class Permit implements AutoCloseable {
        private boolean released;

        @Override
        public void close() {
            if (!released) {
                released = true;
                permits.release();
            }
        }
    }
}
