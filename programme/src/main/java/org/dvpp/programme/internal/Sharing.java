package org.dvpp.programme.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.safety.CaseShare;
import org.dvpp.storage.spi.Transaction;

/** The one test of whether a case is shared with an organisation now: a live share under an agreement in force. */
final class Sharing {
    private Sharing() {
    }

    /**
     * @param tx the holding organisation's transaction
     * @param caseId one of its cases
     * @param today the day, by the injected clock
     * @return the organisations the case is shared with under an agreement in force today
     */
    static Set<AgencyId> recipientsInForce(Transaction tx, CaseId caseId, LocalDate today) {
        Set<AgencyId> out = new HashSet<>();
        for (CaseShare s : tx.partnerships().sharesOfCase(caseId)) {
            if (s.live() && !out.contains(s.recipient()) && tx.partnerships().findAgreement(s.agreement())
                    .filter(a -> a.hasParty(s.recipient()) && a.state(today).inForce()).isPresent()) {
                out.add(s.recipient());
            }
        }
        return out;
    }
}
