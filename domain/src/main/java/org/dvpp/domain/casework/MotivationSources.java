package org.dvpp.domain.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.RuleCodes;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * The sources of his motivation as recorded on one date: at intake first, then whenever they change. Court orders and
 * children's social care involvement are criminal-justice and social-care data (P1); the note may speak of the people at
 * risk (P0).
 *
 * @param id the record's id
 * @param agency the agency
 * @param caseId the case
 * @param on when
 * @param sources every source in play
 * @param main the main one, if he or the worker named one (one of {@code sources})
 * @param note what he said, in the worker's words
 * @param recordedBy who recorded it
 */
@org.dvpp.domain.Classified
public record MotivationSources(RecordId id, AgencyId agency, CaseId caseId, LocalDate on,
        @Sensitive(DataClass.P1) Set<MotivationSource> sources, @Sensitive(DataClass.P1) Optional<MotivationSource> main,
        @Sensitive(DataClass.P0) @FreeText String note, UserId recordedBy) {
    /** Checks every part. */
    public MotivationSources {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(on, "on");
        Checks.set(sources, "sources");
        sources = sources.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(sources));
        Checks.required(main, "main");
        if (main.isPresent() && !sources.isEmpty() && !sources.contains(main.get())) {
            throw new InvalidInputException("main", RuleCodes.ALLOWED_VALUE, "main must be one of the sources");
        }
        Checks.optionalFreeText(note, "note", 2000);
        Checks.required(recordedBy, "recordedBy");
    }

    @Override
    public String toString() {
        return "MotivationSources[id=" + id + ", on=" + on + ", sources=<p1>, note=<p0>]";
    }
}
