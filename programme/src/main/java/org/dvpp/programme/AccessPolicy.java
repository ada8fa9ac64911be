package org.dvpp.programme;

import org.dvpp.domain.DataClass;
import org.dvpp.plugin.Plugin;
import org.dvpp.plugin.PluginKind;

/**
 * Decides what an acting user may do (per {@link Permission}) and which classes of data they may read (per
 * {@link DataClass}), from their roles; anything not granted is denied. The front door asks on every call, so a
 * policy that reads its grants from somewhere that changes takes effect on the next call. The default
 * ({@link #standard()}) is the table in the programme module's README; an agency can supply its own through
 * {@link DvppBuilder#accessPolicy(AccessPolicy)}, which {@link DvppBuilder#build()} refuses if it lets a
 * {@linkplain Role#perpetratorFacing() perpetrator-facing} role read P0 data. A policy is a plugin of the one plugin
 * platform: the builder checks its id and SPI version as the loader checks every other plugin's.
 */
public interface AccessPolicy extends Plugin {
    /** The version of this SPI; a policy built for another version is refused by the builder. */
    int SPI_VERSION = 1;

    /** This kind of plugin, for {@link org.dvpp.plugin.PluginLoader}. */
    PluginKind<AccessPolicy> KIND = PluginKind.of("access policy", AccessPolicy.class, SPI_VERSION,
            (m, c) -> c == null ? new PluginException(m) : new PluginException(m, c));

    /** @return a stable id, such as {@code acme-policy} */
    @Override
    String id();

    /** @return the SPI version the policy was built for: implement as {@code return SPI_VERSION;} */
    @Override
    int spiVersion();

    /**
     * @param role a role
     * @param permission an operation
     * @return whether the role may do it
     */
    boolean allows(Role role, Permission permission);

    /**
     * @param role a role
     * @param dataClass a class of data
     * @return whether the role may read data of that class; what it may not read is withheld from results
     */
    boolean mayRead(Role role, DataClass dataClass);

    /**
     * @param user who is acting
     * @param permission what they want to do
     * @return whether any of their roles may
     */
    default boolean allows(ActingUser user, Permission permission) {
        return user.roles().stream().anyMatch(r -> allows(r, permission));
    }

    /**
     * @param user who is acting
     * @param dataClass a class of data
     * @return whether any of their roles may read it
     */
    default boolean mayRead(ActingUser user, DataClass dataClass) {
        return user.roles().stream().anyMatch(r -> mayRead(r, dataClass));
    }

    /** @return the standard policy, with partner-support details behind an information barrier */
    static AccessPolicy standard() {
        return StandardAccessPolicy.INSTANCE;
    }
}
