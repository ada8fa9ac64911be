package org.dvpp.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo's clock: it moves only when the simulation (or an example app replaying it) moves it, so twelve weeks pass
 * in seconds. Give the same instance to {@code DvppBuilder.clock(...)} and to {@link DemoCohort}.
 */
public final class SimulatedClock extends Clock {
    private volatile Instant now;

    /** @param start the instant it starts at */
    public SimulatedClock(Instant start) {
        this.now = start;
    }

    /** @param t the new current instant */
    public void set(Instant t) {
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
