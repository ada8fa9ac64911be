package org.dvpp.programme;

import java.util.List;

/** Alerts for facilitators and supervisors, computed on demand from the records. */
public interface Alerts {

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @return every current alert in the user's agency, on the date of the injected clock
     */
    List<Alert> current(ActingUser user);
}
