/**
 * The service-provider interface for instrument plugins: implement {@link org.dvpp.assessment.spi.InstrumentProvider}
 * and publish it with {@code provides}. Instruments themselves implement {@link org.dvpp.assessment.Instrument}, or are
 * JSON definitions compiled with {@link org.dvpp.assessment.InstrumentDefinitions}.
 */
@NullMarked
package org.dvpp.assessment.spi;

import org.jspecify.annotations.NullMarked;
