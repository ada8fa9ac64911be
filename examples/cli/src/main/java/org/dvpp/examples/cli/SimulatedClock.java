package org.dvpp.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The demo's clock: it moves only when the simulation moves it, so twelve weeks pass in seconds. */
final class SimulatedClock extends Clock {
    private volatile Instant now;

    SimulatedClock(Instant start) {
        this.now = start;
    }

    void set(Instant t) {
        now = t;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the demo runs in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
