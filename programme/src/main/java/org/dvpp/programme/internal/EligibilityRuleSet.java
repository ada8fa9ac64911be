package org.dvpp.programme.internal;

import java.util.List;
import org.dvpp.programme.EligibilityRule;

/**
 * The eligibility rules in force, checked at start-up.
 *
 * @param rules every rule, each of which must pass
 */
public record EligibilityRuleSet(List<EligibilityRule> rules) {
}
