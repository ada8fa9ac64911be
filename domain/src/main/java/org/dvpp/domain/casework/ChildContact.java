package org.dvpp.domain.casework;

import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;

/**
 * The contact arrangement for one child: a child's details and where and when he sees the child are P0.
 *
 * @param child how the child is referred to (initials or first name)
 * @param kind the kind of contact
 * @param courtOrdered whether a court ordered the arrangement (such as a child arrangements order)
 * @param details handovers, places, supervisors, conditions
 */
@org.dvpp.domain.Classified
public record ChildContact(@Sensitive(DataClass.P0) String child, @Sensitive(DataClass.P0) Optional<ContactKind> kind,
        @Sensitive(DataClass.P0) Optional<Boolean> courtOrdered, @Sensitive(DataClass.P0) @FreeText String details) {
    /** Checks every part. */
    public ChildContact {
        Checks.text(child, "child", 100);
        Checks.required(kind, "kind");
        Checks.required(courtOrdered, "courtOrdered");
        Checks.optionalFreeText(details, "details", 2000);
    }

    @Override
    public String toString() {
        return "ChildContact[<p0>]";
    }
}
