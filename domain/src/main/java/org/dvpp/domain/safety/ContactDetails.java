package org.dvpp.domain.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;

/**
 * How to reach a person at risk safely. Everything here is sensitive: encrypted at rest, shown only to roles that need
 * it, never logged, never in the man's own data export. {@link #toString()} shows nothing of it.
 *
 * @param name the person's name
 * @param dateOfBirth date of birth, mainly for children
 * @param phone a phone number, if it is safe to use
 * @param address a postal address, if it is safe to use
 * @param safeContactNotes when and how contact is safe (for example: only on weekdays, never leave a voicemail)
 */
@org.dvpp.domain.Classified
public record ContactDetails(
        @Sensitive(DataClass.P0) @NotBlank @Size(max = 200) String name,
        @Sensitive(DataClass.P0) Optional<LocalDate> dateOfBirth,
        @Sensitive(DataClass.P0) @Size(max = 40) String phone,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 400) String address,
        @Sensitive(DataClass.P0) @FreeText @Size(max = 2000) String safeContactNotes) {

    /** Checks every part; phone, address and notes may be empty. */
    public ContactDetails {
        Checks.text(name, "name", 200);
        Checks.required(dateOfBirth, "dateOfBirth");
        Checks.optionalText(phone, "phone", 40);
        Checks.optionalFreeText(address, "address", 400);
        Checks.optionalFreeText(safeContactNotes, "safeContactNotes", 2000);
    }

    @Override
    public String toString() {
        return "ContactDetails[<redacted>]";
    }
}
