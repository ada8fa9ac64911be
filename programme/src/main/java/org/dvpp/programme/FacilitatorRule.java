package org.dvpp.programme;

import org.dvpp.domain.Checks;

/**
 * The agency's rule for who may run a group session: at least {@link #minimum()} facilitators named on its register,
 * each with a facilitator record, and, when {@link #qualified()}, each qualified on the session's date (the
 * programme's facilitator training completed on or before it). Set with {@link DvppBuilder#facilitatorRule}.
 *
 * @param minimum the fewest facilitators per session, 1 to 4
 * @param qualified whether every one of them must be qualified
 */
@org.dvpp.domain.Classified
public record FacilitatorRule(int minimum, boolean qualified) {
    /** Checks the minimum. */
    public FacilitatorRule {
        Checks.range(minimum, "minimum", 1, 4);
    }

    /** @return the standard rule: two facilitators, both qualified */
    public static FacilitatorRule standard() {
        return new FacilitatorRule(2, true);
    }
}
