package org.dvpp.programme;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GlassAccessId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.safety.PartnerContact;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.SafetyPlan;
import org.dvpp.domain.safety.Signposting;
import org.dvpp.domain.safety.SupportNotification;
import org.dvpp.domain.safety.SurvivorAccount;

/**
 * A person at risk's whole partner-support record, as {@link PartnerSupport#record} returns it.
 *
 * @param person the person at risk, with her contact details
 * @param worker her allocated worker, if any
 * @param contacts contacts and attempts, oldest first
 * @param accounts her own accounts of risk and change, oldest first
 * @param safetyPlans her safety plans, oldest first (the last is in force)
 * @param signposting where she was signposted, oldest first
 * @param notifications every notification about the man's case for her, oldest first
 * @param readUnder the break-the-glass access this read was made under, if it was
 */
@org.dvpp.domain.Classified
public record PartnerSupportRecord(PersonAtRisk person, Optional<UserId> worker, List<PartnerContact> contacts,
        List<SurvivorAccount> accounts, List<SafetyPlan> safetyPlans, List<Signposting> signposting,
        List<SupportNotification> notifications, Optional<GlassAccessId> readUnder) {
    /** Checks and copies every part. */
    public PartnerSupportRecord {
        Checks.required(person, "person");
        Checks.required(worker, "worker");
        contacts = Checks.list(contacts, "contacts");
        accounts = Checks.list(accounts, "accounts");
        safetyPlans = Checks.list(safetyPlans, "safetyPlans");
        signposting = Checks.list(signposting, "signposting");
        notifications = Checks.list(notifications, "notifications");
        Checks.required(readUnder, "readUnder");
    }

    /** @return the safety plan in force, if any */
    public Optional<SafetyPlan> currentSafetyPlan() {
        return safetyPlans.isEmpty() ? Optional.empty() : Optional.of(safetyPlans.get(safetyPlans.size() - 1));
    }

    @Override
    public String toString() {
        return "PartnerSupportRecord[person=" + person.id() + ", contacts=" + contacts.size() + ", accounts="
                + accounts.size() + ", safetyPlans=" + safetyPlans.size() + ", <p0>]";
    }
}
