/**
 * Assessment instruments: {@link org.dvpp.assessment.Instrument} and its {@link org.dvpp.assessment.InstrumentDescriptor},
 * answers and {@link org.dvpp.assessment.ScoreResult}s with exact {@link org.dvpp.assessment.Fraction} scores, the
 * {@link org.dvpp.assessment.InstrumentRegistry} (explicit registration, ServiceLoader discovery, JSON definitions from
 * resources or a directory), {@link org.dvpp.assessment.ReliableChange} and {@link org.dvpp.assessment.ScoreComparison}
 * between two results, and {@link org.dvpp.assessment.InstrumentChecks}, the contract every instrument must meet.
 */
@NullMarked
package org.dvpp.assessment;

import org.jspecify.annotations.NullMarked;
