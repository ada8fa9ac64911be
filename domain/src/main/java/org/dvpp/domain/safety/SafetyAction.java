package org.dvpp.domain.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;

/**
 * One action of a safety plan.
 *
 * @param action what is to be done (sensitive)
 * @param byWhom who does it: her, the worker, another agency (sensitive; may be empty)
 * @param dueOn by when, if set
 * @param done whether it has been done
 */
@org.dvpp.domain.Classified
public record SafetyAction(
        @Sensitive(DataClass.P0) @FreeText @NotBlank @Size(max = 1000) String action,
        @Sensitive(DataClass.P0) @Size(max = 200) String byWhom,
        @NotNull Optional<LocalDate> dueOn,
        boolean done) {

    /** Checks every part. */
    public SafetyAction {
        Checks.freeText(action, "action", 1000);
        Checks.optionalText(byWhom, "byWhom", 200);
        Checks.required(dueOn, "dueOn");
    }

    @Override
    public String toString() {
        return "SafetyAction[dueOn=" + dueOn + ", done=" + done + ", <p0>]";
    }
}
