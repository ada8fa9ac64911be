package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.agency.Agency;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;

/** Registering the agency. */
final class AgenciesImpl implements Agencies {
    private final Kernel k;

    /** @param kernel shared services */
    @Inject
    AgenciesImpl(Kernel kernel) {
        this.k = kernel;
    }

    @Override
    public Agency register(ActingUser administrator, AgencyDetails details) {
        k.require(administrator, Permission.ADMINISTER_AGENCY);
        k.validator.check("agency", details);
        Agency agency = new Agency(administrator.agency(), details.name(), details.serviceArea());
        return k.write(administrator, tx -> {
            if (tx.agencies().find().isPresent()) {
                throw new InvalidInputException("agency", "not-registered",
                        "agency " + agency.id() + " is already registered");
            }
            tx.agencies().insert(agency);
            k.audit(tx, administrator, AuditAction.CREATE, "agency", agency.id().value(), "registered");
            return agency;
        });
    }

    @Override
    public Agency get(ActingUser user) {
        if (user == null) {
            throw new InvalidInputException("user", "required", "the acting user is required");
        }
        return k.read(user, tx -> tx.agencies().find().orElseThrow(() -> new NotFoundException("agency",
                user.agency())));
    }
}
