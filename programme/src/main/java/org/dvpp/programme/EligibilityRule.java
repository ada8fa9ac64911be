package org.dvpp.programme;

import org.dvpp.plugin.Plugin;
import org.dvpp.plugin.PluginKind;

/**
 * One local eligibility criterion, such as residence in the service area or a minimum age. Rules are plugins: the
 * built-ins are in {@link EligibilityRules}; an agency adds its own with {@link DvppBuilder#addEligibilityRule} or
 * through {@link java.util.ServiceLoader} discovery. Every rule must pass for a man to be eligible.
 */
public interface EligibilityRule extends Plugin {
    /** The version of this SPI; a rule built for another version is refused at start-up. */
    int SPI_VERSION = 1;

    /** This kind of plugin, for {@link org.dvpp.plugin.PluginLoader}. */
    PluginKind<EligibilityRule> KIND = PluginKind.of("eligibility rule", EligibilityRule.class, SPI_VERSION,
            (m, c) -> c == null ? new PluginException(m) : new PluginException(m, c));

    /** @return a stable id, such as {@code service-area}; it is recorded as the failed rule's code */
    @Override
    String id();

    /** @return the SPI version the rule was built for: implement as {@code return SPI_VERSION;} */
    @Override
    int spiVersion();

    /**
     * @param facts what is known about the man and his referral
     * @return the verdict, with a reason in plain words when he fails
     */
    EligibilityVerdict evaluate(EligibilityFacts facts);
}
