package org.dvpp.curriculum.internal;

import java.util.List;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.curriculum.CurriculumProviders;
import org.dvpp.curriculum.spi.CurriculumProvider;

/**
 * The curricula that ship with DVPP Kit, as JSON resources of this module: {@code dvpp-integrated-12} (12 sessions,
 * closed cohort, domestic abuse and substance use together) and {@code dvpp-rolling-26} (26 sessions in six modules,
 * rolling entry), and the aftercare curriculum {@code dvpp-aftercare-6} (6 fortnightly relapse-prevention sessions in
 * three modules, rolling entry, purpose aftercare). Found through {@link java.util.ServiceLoader} like any other provider.
 */
public final class BuiltInCurricula implements CurriculumProvider {
    /** The provider's id. */
    public static final String ID = "dvpp-builtin";

    private final CurriculumProvider delegate = CurriculumProviders.fromResources(ID, BuiltInCurricula.class,
            "curricula/dvpp-integrated-12.json", "curricula/dvpp-rolling-26.json", "curricula/dvpp-aftercare-6.json");

    /** Used by {@link java.util.ServiceLoader}. */
    public BuiltInCurricula() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public List<Curriculum> curricula() {
        return delegate.curricula();
    }
}
