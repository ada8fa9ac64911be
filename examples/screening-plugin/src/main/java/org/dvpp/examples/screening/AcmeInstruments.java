package org.dvpp.examples.screening;

import java.util.List;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.spi.InstrumentProvider;

/** Publishes the Acme instruments to DVPP Kit through {@code provides ... with AcmeInstruments}. */
public final class AcmeInstruments implements InstrumentProvider {
    /** For {@link java.util.ServiceLoader}. */
    public AcmeInstruments() {
    }

    @Override
    public String id() {
        return "acme-services";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public List<Instrument> instruments() {
        return List.of(new EngagementCheck());
    }
}
