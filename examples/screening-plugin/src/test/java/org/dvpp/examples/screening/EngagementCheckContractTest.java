package org.dvpp.examples.screening;

import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.testkit.InstrumentContract;

/** What a plugin author writes: the whole instrument contract, run against the plugin's instrument. */
class EngagementCheckContractTest implements InstrumentContract {
    @Override
    public Instrument instrument() {
        return new EngagementCheck();
    }
}
