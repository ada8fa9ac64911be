package org.dvpp.programme.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Identifier;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.casework.PartnerContactStatus;
import org.dvpp.programme.SubjectAccess;
import org.dvpp.programme.SubjectAccess.Exemption;

/**
 * Turns stored records into the entries of a subject access bundle, field by field, from the data classes declared on
 * the records themselves: a record kind added later is handled the same way without a list to keep up to date.
 *
 * <p>For a man ({@link Side#PARTICIPANT}) every {@link DataClass#P0} component (people at risk, and every reason, note
 * and summary that may speak of them) is left out and listed as withheld, and so is any id of a person at risk,
 * wherever it sits; a withheld text is flagged for review, as naming a linked person when it contains one of their
 * names; a text answer of his own (P1) is given and flagged for review, or withheld when it names a linked person.
 * For a person at risk ({@link Side#PERSON_AT_RISK}) her P0 data is included, her free text flagged for review,
 * and the ids of the man and of his case are withheld.
 */
final class SarWalker {
    /** Whose bundle is being made. */
    enum Side { PARTICIPANT, PERSON_AT_RISK }

    private static final String NONE = "(none)";

    private final Side side;
    private final List<Pattern> names;
    private final List<SubjectAccess.Withheld> withheld = new ArrayList<>();
    private final List<SubjectAccess.ReviewFlag> review = new ArrayList<>();

    /**
     * @param side whose bundle
     * @param linkedNames the names of the people at risk and children linked to the man's case (for his bundle's
     *     review flags; they never reach the bundle)
     */
    SarWalker(Side side, Collection<String> linkedNames) {
        this.side = side;
        List<Pattern> p = new ArrayList<>();
        for (String n : linkedNames) {
            String name = n.strip();
            if (name.length() >= 2) {
                p.add(word(name));
            }
            for (String part : name.split("\\s+")) {
                if (part.length() >= 3 && !part.equals(name)) {
                    p.add(word(part));
                }
            }
        }
        this.names = List.copyOf(p);
    }

    private static Pattern word(String s) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    List<SubjectAccess.Withheld> withheld() {
        return List.copyOf(withheld);
    }

    List<SubjectAccess.ReviewFlag> review() {
        return List.copyOf(review);
    }

    /** Records a whole kind of record as withheld, naming no record (so neither its existence nor number shows). */
    void withholdAll(String section, String kind, Exemption exemption) {
        withheld.add(new SubjectAccess.Withheld(section, kind, Optional.empty(), "*", exemption));
    }

    /** Flags a kind of record withheld as a whole for the reviewer, naming no record. */
    void flagAll(String section, String kind, String reason) {
        review.add(new SubjectAccess.ReviewFlag(section, kind, Optional.empty(), "*", reason, true));
    }

    /**
     * @param section the section
     * @param kind the kind of record
     * @param records the records
     * @return the section, or empty when there are no records
     */
    Optional<SubjectAccess.Section> section(String section, String kind, List<? extends Record> records) {
        if (records.isEmpty()) {
            return Optional.empty();
        }
        List<SubjectAccess.Entry> entries = new ArrayList<>();
        for (Record r : records) {
            entries.add(entry(section, kind, r));
        }
        return Optional.of(new SubjectAccess.Section(section, entries));
    }

    /**
     * @param section the section
     * @param kind the kind of record
     * @param r the record
     * @return the record as an entry, what may not be given withheld
     */
    SubjectAccess.Entry entry(String section, String kind, Record r) {
        Object id = componentNamed(r, "id");
        String ownId = id instanceof Identifier i && !(i instanceof PersonAtRiskId && side == Side.PARTICIPANT)
                ? i.value().toString() : id instanceof java.util.UUID u ? u.toString() : "";
        Where where = new Where(section, kind, ownId.isEmpty() ? Optional.empty() : Optional.of(ownId));
        List<SubjectAccess.Field> fields = new ArrayList<>();
        components(r, "", where, fields);
        return new SubjectAccess.Entry(kind, ownId, fields);
    }

    private record Where(String section, String kind, Optional<String> recordId) {
    }

    private void components(Record r, String prefix, Where where, List<SubjectAccess.Field> out) {
        List<RecordShape.Part> parts = RecordShape.of(r.getClass()).parts();
        if (parts.isEmpty()) {
            // a state with no data of its own, such as "not recorded"
            out.add(new SubjectAccess.Field(prefix.isEmpty() ? "state" : prefix, r.getClass().getSimpleName()));
            return;
        }
        for (RecordShape.Part part : parts) {
            String path = prefix.isEmpty() ? part.name() : prefix + "." + part.name();
            if (part.name().equals("agency") || prefix.isEmpty() && part.name().equals("version")) {
                continue; // the agency heads the bundle; a version counter is storage's
            }
            Object v = part.get(r);
            Sensitive s = part.sensitive();
            boolean text = part.freeText() || isText(v);
            if (s != null && s.value() == DataClass.P0 && side == Side.PARTICIPANT) {
                if (Redactor.present(v)) {
                    withheld.add(new SubjectAccess.Withheld(where.section(), where.kind(), where.recordId(), path,
                            Exemption.THIRD_PARTY));
                    if (text) {
                        review.add(new SubjectAccess.ReviewFlag(where.section(), where.kind(), where.recordId(),
                                path, namesSomeone(v) ? SubjectAccess.NAMES_LINKED_PERSON
                                        : SubjectAccess.MAY_SPEAK_OF_OTHERS, true));
                    }
                }
                continue;
            }
            if (s != null && s.value() == DataClass.P0 && part.freeText() && Redactor.present(v)) {
                review.add(new SubjectAccess.ReviewFlag(where.section(), where.kind(), where.recordId(), path,
                        SubjectAccess.MAY_SPEAK_OF_OTHERS, false));
            }
            // his answers (P1) may hold free text too (a professional judgement's reasons): such a text is reviewed
            boolean answers = side == Side.PARTICIPANT && s != null && s.value() == DataClass.P1 && v instanceof Map;
            value(v, path, where, out, answers);
        }
    }

    private void value(Object v, String path, Where where, List<SubjectAccess.Field> out) {
        value(v, path, where, out, false);
    }

    private void value(Object v, String path, Where where, List<SubjectAccess.Field> out, boolean answers) {
        if (answers && v instanceof String text && text.strip().contains(" ")) {
            // a text answer rather than a code: withheld when it names a linked person, else given and reviewed
            boolean names = namesSomeone(text);
            if (names) {
                withheld.add(new SubjectAccess.Withheld(where.section(), where.kind(), where.recordId(), path,
                        Exemption.THIRD_PARTY));
            } else {
                out.add(new SubjectAccess.Field(path, text));
            }
            review.add(new SubjectAccess.ReviewFlag(where.section(), where.kind(), where.recordId(), path, names
                    ? SubjectAccess.NAMES_LINKED_PERSON : SubjectAccess.MAY_SPEAK_OF_OTHERS, names));
            return;
        }
        if (theirs(v)) {
            withheld.add(new SubjectAccess.Withheld(where.section(), where.kind(), where.recordId(), path,
                    Exemption.THIRD_PARTY));
            return;
        }
        if (v instanceof Optional<?> o) {
            if (o.isEmpty()) {
                out.add(new SubjectAccess.Field(path, NONE));
            } else {
                value(o.get(), path, where, out);
            }
        } else if (v instanceof PartnerContactStatus.Recorded && side == Side.PARTICIPANT) {
            // that people at risk are recorded is his start guard; how many is theirs
            out.add(new SubjectAccess.Field(path, "recorded"));
            withheld.add(new SubjectAccess.Withheld(where.section(), where.kind(), where.recordId(), path + ".people",
                    Exemption.THIRD_PARTY));
        } else if (v instanceof Record r && !(v instanceof Identifier)) {
            components(r, path, where, out);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.add(new SubjectAccess.Field(path, NONE));
            }
            m.entrySet().stream().sorted(java.util.Comparator.comparing(e -> words(e.getKey())))
                    .forEach(e -> value(e.getValue(), path + "." + words(e.getKey()), where, out, answers));
        } else if (v instanceof Collection<?> c) {
            List<?> items = c instanceof List<?> l ? l : c.stream().sorted(java.util.Comparator.comparing(
                    SarWalker::words)).toList();
            if (items.isEmpty()) {
                out.add(new SubjectAccess.Field(path, NONE));
            } else if (items.stream().allMatch(SarWalker::simple)) {
                StringBuilder b = new StringBuilder();
                for (Object i : items) {
                    if (theirs(i)) {
                        continue;
                    }
                    b.append(b.length() == 0 ? "" : ", ").append(words(i));
                }
                out.add(new SubjectAccess.Field(path, b.toString()));
            } else {
                for (int i = 0; i < items.size(); i++) {
                    value(items.get(i), path + "[" + i + "]", where, out);
                }
            }
        } else {
            out.add(new SubjectAccess.Field(path, words(v)));
        }
    }

    /** An id the other side of the record owns: hers in his bundle, his (or his case's) in hers. */
    private boolean theirs(Object v) {
        return side == Side.PARTICIPANT ? v instanceof PersonAtRiskId
                : v instanceof CaseId || v instanceof ParticipantId;
    }

    private static boolean simple(Object v) {
        return !(v instanceof Record) || v instanceof Identifier;
    }

    private static String words(Object v) {
        if (v instanceof Identifier i) {
            return i.value().toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Duration d) {
            return d.toMinutes() + " minutes";
        }
        return String.valueOf(v);
    }

    private boolean namesSomeone(Object v) {
        List<String> texts = new ArrayList<>();
        strings(v, texts);
        for (String t : texts) {
            for (Pattern p : names) {
                if (p.matcher(t).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void strings(Object v, List<String> into) {
        if (v instanceof String s) {
            into.add(s);
        } else if (v instanceof Optional<?> o) {
            o.ifPresent(x -> strings(x, into));
        } else if (v instanceof Collection<?> c) {
            c.forEach(x -> strings(x, into));
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(x -> strings(x, into));
        } else if (v instanceof Record r) {
            for (RecordShape.Part part : RecordShape.of(r.getClass()).parts()) {
                strings(part.get(r), into);
            }
        }
    }

    private static boolean isText(Object v) {
        if (v instanceof String) {
            return true;
        }
        if (v instanceof Optional<?> o) {
            return o.isPresent() && o.get() instanceof String;
        }
        return v instanceof Collection<?> c && !c.isEmpty() && c.stream().allMatch(String.class::isInstance);
    }

    private static Object componentNamed(Record r, String name) {
        for (RecordShape.Part part : RecordShape.of(r.getClass()).parts()) {
            if (part.name().equals(name)) {
                return part.get(r);
            }
        }
        return null;
    }
}
