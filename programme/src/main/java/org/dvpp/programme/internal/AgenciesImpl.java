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

    private static final Kernel.Op REGISTER = Kernel.Op.write("agencies.register", Permission.ADMINISTER_AGENCY,
            AuditAction.CREATE, "agency");
    private static final Kernel.Op GET = Kernel.Op.read("agencies.get", Permission.VIEW_AGENCY, "agency");

    @Override
    public Agency register(ActingUser administrator, AgencyDetails details) {
        return k.run(administrator, REGISTER, c -> c.valid("agency", details), tx -> {
            Agency agency = new Agency(administrator.agency(), details.name(), details.serviceArea());
            if (tx.agencies().find().isPresent()) {
                throw new InvalidInputException("agency", "not-registered",
                        "agency " + agency.id() + " is already registered");
            }
            tx.agencies().insert(agency);
            return agency;
        });
    }

    @Override
    public Agency get(ActingUser user) {
        return k.run(user, GET, c -> { }, tx -> tx.agencies().find().orElseThrow(() -> new NotFoundException("agency",
                user.agency())));
    }
}
