package org.dvpp.domain;

import java.util.UUID;

/**
 * A typed, application-generated id. Ids are UUIDs (version 7 when made here); nothing may rely on their order.
 */
public interface Identifier {
    /** @return the UUID */
    UUID value();
}
