package org.dvpp.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.group.Facilitator;

/**
 * Facilitator records (qualifications, training and supervision dates) and who facilitated each session. A session's
 * register names its facilitators and is refused unless they meet the agency's {@link FacilitatorRule}.
 */
public interface Facilitators {

    /**
     * Records a facilitator, or replaces the record of one already known.
     *
     * @param user who records it (needs {@link Permission#MANAGE_FACILITATORS})
     * @param facilitator the record
     * @return the record as stored
     */
    Facilitator save(ActingUser user, NewFacilitator facilitator);

    /**
     * Records a supervision session of a facilitator.
     *
     * @param user who records it (needs {@link Permission#MANAGE_FACILITATORS})
     * @param facilitator the facilitator's user id
     * @param on the date, not after today
     * @return the record after
     */
    Facilitator recordSupervision(ActingUser user, UserId facilitator, LocalDate on);

    /**
     * @param user who asks (needs {@link Permission#VIEW_GROUPS})
     * @return every facilitator of the agency, by name
     */
    List<Facilitator> list(ActingUser user);

    /**
     * @param user who asks (needs {@link Permission#VIEW_GROUPS}; a facilitator only for a group he or she runs)
     * @param sessionId a session
     * @return who facilitated it, as its register named them (empty before the register is taken)
     */
    List<UserId> ofSession(ActingUser user, SessionId sessionId);

    /**
     * A facilitator record to save.
     *
     * @param user the facilitator's user id
     * @param name the name colleagues know him or her by
     * @param qualifications qualification codes (lower-case letters, digits, hyphens), such as {@code dvpp-facilitator}
     * @param trainedOn when the programme's facilitator training was completed, if it has been
     * @param lastSupervisionOn when supervision last took place, if it has
     */
    @org.dvpp.domain.Classified
    record NewFacilitator(@NotNull UserId user, @NotBlank @Size(max = 120) String name,
            @NotNull @Size(max = 20) Set<String> qualifications, @NotNull Optional<LocalDate> trainedOn,
            @NotNull Optional<LocalDate> lastSupervisionOn) {
    }
}
