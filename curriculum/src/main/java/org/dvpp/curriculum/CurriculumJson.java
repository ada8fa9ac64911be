package org.dvpp.curriculum;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import org.dvpp.curriculum.internal.CriteriaJson;
import org.dvpp.curriculum.internal.StrictJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.core.JacksonException;

/**
 * Reads curriculum definitions from JSON, strictly: unknown properties, duplicate keys, missing properties, wrong types,
 * trailing content, over-deep nesting and over-long strings or numbers are all refused, and no type information in the
 * file is ever honoured. Every definition read is also checked by {@link CurriculumValidator}. Failures are an {@link
 * InvalidCurriculumException} whose violations carry the JSON path.
 *
 * <p>The format, by example (every property is required; lists may be empty unless a rule says otherwise):
 *
 * <pre>{@code
 * { "id": "my-programme", "version": "1.0.0", "title": "...", "summary": "...",
 *   "groupType": "CLOSED" | "ROLLING",
 *   "delivery": { "everyWeeks": 1, "sessionMinutes": 120 },
 *   "oneToOne": { "everyWeeks": 1, "minutes": 60 },
 *   "completion": { "minSessions": 10, "minHours": 30, "requiredSessions": [1],
 *                   "maxUnexcusedAbsences": 3, "warnAfterConsecutiveUnexcused": 2,
 *                   "criteria": { "any": [ { "minSessions": 10 }, { "minHours": 30 } ] } },
 *   "oneToOnePathway": { "everyWeeks": 1, "minutes": 60, "completion": { "minOneToOnes": 12 } },
 *   "fathering": { "module": "fathering", "completion": { "requiredSessions": [13, 14] } },
 *   "purpose": "PROGRAMME" | "AFTERCARE",
 *   "modules": [ { "id": "harm", "title": "...", "firstSession": 1, "lastSession": 4 } ],
 *   "sessions": [ { "number": 1, "title": "...", "theme": "...", "objectives": ["..."],
 *                   "exercises": [ { "title": "...", "minutes": 30, "description": "..." } ],
 *                   "durationMinutes": 120, "facilitatorNotes": "...", "safetyPrompts": ["..."],
 *                   "materials": ["..."] } ] }
 * }</pre>
 *
 * <p>Four parts are optional: {@code completion.criteria}, an all/any combination of conditions (see {@link
 * CompletionCriterion}); when it is given, {@code minSessions}, {@code minHours} and {@code requiredSessions} may be
 * left out (they are then 0 and empty), and any that are given must hold as well. And {@code oneToOnePathway}, which
 * lets the programme be delivered as one-to-one work only, with its cadence and its own completion criteria (see
 * {@link OneToOnePathway}). And {@code fathering}, a module delivered only to men who are parents with what they
 * must also meet (see {@link FatheringComponent}); and {@code purpose}, {@code AFTERCARE} for a relapse-prevention
 * curriculum whose groups take men who have completed (see {@link Curriculum.Purpose}). Files written before these
 * existed read as before.
 */
public final class CurriculumJson {
    /** The largest definition file accepted, in bytes. */
    public static final long MAX_BYTES = org.dvpp.domain.DefinitionFiles.MAX_BYTES;

    private CurriculumJson() {
    }

    /**
     * @param json the definition
     * @param source a name for the source, used in messages
     * @return the valid curriculum
     * @throws InvalidCurriculumException when it cannot be read or breaks a rule
     */
    public static Curriculum read(String json, String source) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    /**
     * @param file a definition file
     * @return the valid curriculum
     * @throws InvalidCurriculumException when it cannot be read or breaks a rule
     */
    public static Curriculum read(Path file) {
        String text;
        try {
            text = org.dvpp.domain.DefinitionFiles.readUtf8(file);
        } catch (InvalidInputException e) {
            throw new InvalidCurriculumException(file.toString(), e.violations());
        }
        return read(text, file.toString());
    }

    /**
     * @param in the definition; not closed
     * @param source a name for the source, used in messages
     * @return the valid curriculum
     * @throws InvalidCurriculumException when it cannot be read or breaks a rule
     */
    public static Curriculum read(InputStream in, String source) {
        Curriculum c;
        try {
            // parse the whole document under the stream limits first, then bind: no binding ever sees an unchecked token
            tools.jackson.databind.JsonNode tree;
            try {
                tree = org.dvpp.plugin.internal.StrictJson.readObject(text(in, source), "curriculum");
            } catch (InvalidInputException e) {
                throw new InvalidCurriculumException(source, e.violations().stream().map(StrictJson::relative)
                        .toList());
            }
            // the optional parts Jackson does not bind: completion criteria and the one-to-one-only pathway
            tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) tree;
            JsonNode pathwayNode = root.remove("oneToOnePathway");
            JsonNode fatheringNode = root.remove("fathering");
            JsonNode purposeNode = root.remove("purpose");
            JsonNode criteriaNode = null;
            if (root.get("completion") instanceof tools.jackson.databind.node.ObjectNode completion) {
                criteriaNode = completion.remove("criteria");
                if (criteriaNode != null) {
                    // a rule stated as criteria need not state the fixed conditions
                    if (!completion.has("minSessions")) {
                        completion.put("minSessions", 0);
                    }
                    if (!completion.has("minHours")) {
                        completion.put("minHours", 0);
                    }
                    if (!completion.has("requiredSessions")) {
                        completion.putArray("requiredSessions");
                    }
                }
            }
            c = StrictJson.MAPPER.treeToValue(tree, Curriculum.class);
            if (criteriaNode != null) {
                c = c.withCompletion(c.completion().withCriteria(CriteriaJson.read(criteriaNode,
                        "completion.criteria")));
            }
            if (pathwayNode != null) {
                c = c.withOneToOnePathway(CriteriaJson.readPathway(pathwayNode, "oneToOnePathway"));
            }
            if (fatheringNode != null) {
                c = c.withFathering(CriteriaJson.readFathering(fatheringNode, "fathering"));
            }
            if (purposeNode != null) {
                c = c.withPurpose(CriteriaJson.readPurpose(purposeNode, "purpose"));
            }
        } catch (JacksonException e) {
            throw new InvalidCurriculumException(source, List.of(StrictJson.violation(e)));
        } catch (InvalidInputException e) {
            throw new InvalidCurriculumException(source, e.violations());
        }
        List<Violation> v = CurriculumValidator.validate(c);
        if (!v.isEmpty()) {
            throw new InvalidCurriculumException(source, v);
        }
        return c;
    }

    private static String text(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes(org.dvpp.domain.DefinitionFiles.MAX_BYTES + 1);
            if (bytes.length > org.dvpp.domain.DefinitionFiles.MAX_BYTES) {
                throw new InvalidCurriculumException(source, List.of(new Violation("$", "max-size",
                        "larger than the limit of " + MAX_BYTES + " bytes (1 MiB) for a definition file")));
            }
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidCurriculumException(source, List.of(new Violation("$", "utf-8", "not valid UTF-8 text")));
        } catch (java.io.IOException e) {
            throw new InvalidCurriculumException(source, List.of(new Violation("$", "readable",
                    "cannot read: " + e.getClass().getSimpleName())));
        }
    }

    /**
     * A schedule as JSON: the curriculum's id and version, the calendar's id, the meetings (sequence, curriculum
     * session, its title, date, start time, minutes) and the skipped dates (date, reason, detail).
     *
     * @param schedule a schedule
     * @return it as JSON, indented
     */
    public static String write(Schedule schedule) {
        java.util.Map<String, Object> root = new java.util.LinkedHashMap<>();
        root.put("curriculum", schedule.curriculum().id());
        root.put("version", schedule.curriculum().version());
        root.put("calendar", schedule.calendarId());
        root.put("weekday", schedule.request().weekday().name());
        List<Object> sessions = new java.util.ArrayList<>();
        for (ScheduledSession s : schedule.sessions()) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("sequence", s.sequence());
            m.put("session", s.curriculumSession());
            m.put("title", schedule.curriculum().session(s.curriculumSession()).title());
            m.put("date", s.start().toLocalDate().toString());
            m.put("start", s.start().toLocalTime().toString());
            m.put("minutes", s.duration().toMinutes());
            sessions.add(m);
        }
        root.put("sessions", sessions);
        List<Object> skipped = new java.util.ArrayList<>();
        for (SkippedDate d : schedule.skipped()) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("date", d.date().toString());
            m.put("reason", d.reason());
            m.put("detail", d.detail());
            skipped.add(m);
        }
        root.put("skipped", skipped);
        return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /**
     * @param curriculum a curriculum
     * @return it as JSON in the format above, indented
     */
    public static String write(Curriculum curriculum) {
        tools.jackson.databind.node.ObjectNode tree = StrictJson.MAPPER.valueToTree(curriculum);
        curriculum.completion().criteria().ifPresent(cr -> ((tools.jackson.databind.node.ObjectNode) tree
                .get("completion")).set("criteria", CriteriaJson.write(cr)));
        curriculum.oneToOnePathway().ifPresent(p -> tree.set("oneToOnePathway", CriteriaJson.writePathway(p)));
        curriculum.fathering().ifPresent(f -> tree.set("fathering", CriteriaJson.writeFathering(f)));
        if (curriculum.isAftercare()) {
            tree.put("purpose", curriculum.purpose().name());
        }
        return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }
}
