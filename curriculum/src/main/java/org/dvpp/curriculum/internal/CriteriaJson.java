package org.dvpp.curriculum.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dvpp.curriculum.CompletionCriterion;
import org.dvpp.curriculum.OneToOnePathway;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the optional parts of a curriculum file that Jackson does not bind: completion criteria (all/any
 * combinations) and the one-to-one-only pathway. Every node must be an object with exactly one known property.
 */
public final class CriteriaJson {
    /** The deepest nesting of all/any accepted. */
    public static final int MAX_DEPTH = 4;
    /** The most parts of one all/any. */
    public static final int MAX_PARTS = 10;

    private CriteriaJson() {
    }

    /**
     * @param node a criteria node
     * @param path its JSON path, for messages
     * @return the criterion
     * @throws InvalidInputException naming the path of the offending value
     */
    public static CompletionCriterion read(JsonNode node, String path) {
        return read(node, path, 1);
    }

    private static CompletionCriterion read(JsonNode node, String path, int depth) {
        if (node == null || !node.isObject() || node.size() != 1) {
            throw new InvalidInputException(path, "one-property-object", path + " must be an object with exactly one "
                    + "of minSessions, minHours, requiredSessions, minOneToOnes, all, any");
        }
        Map.Entry<String, JsonNode> e = node.properties().iterator().next();
        String p = path + "." + e.getKey();
        JsonNode v = e.getValue();
        return switch (e.getKey()) {
            case "minSessions" -> new CompletionCriterion.MinSessions(count(v, p));
            case "minHours" -> new CompletionCriterion.MinHours(count(v, p));
            case "minOneToOnes" -> new CompletionCriterion.MinOneToOnes(count(v, p));
            case "requiredSessions" -> {
                if (!v.isArray() || v.isEmpty() || v.size() > 200) {
                    throw new InvalidInputException(p, "type", p + " must be a list of 1 to 200 session numbers");
                }
                TreeSet<Integer> s = new TreeSet<>();
                for (int i = 0; i < v.size(); i++) {
                    s.add(count(v.get(i), p + "[" + i + "]"));
                }
                yield new CompletionCriterion.RequiredSessions(s);
            }
            case "all", "any" -> {
                if (depth >= MAX_DEPTH) {
                    throw new InvalidInputException(p, "max-depth", "all/any may be nested at most " + MAX_DEPTH
                            + " deep");
                }
                if (!v.isArray() || v.isEmpty() || v.size() > MAX_PARTS) {
                    throw new InvalidInputException(p, "type", p + " must be a list of 1 to " + MAX_PARTS
                            + " criteria");
                }
                List<CompletionCriterion> parts = new ArrayList<>();
                for (int i = 0; i < v.size(); i++) {
                    parts.add(read(v.get(i), p + "[" + i + "]", depth + 1));
                }
                yield e.getKey().equals("all") ? new CompletionCriterion.AllOf(parts)
                        : new CompletionCriterion.AnyOf(parts);
            }
            default -> throw new InvalidInputException(p, "unknown-property", "unknown property '" + e.getKey()
                    + "'; allowed here: minSessions, minHours, requiredSessions, minOneToOnes, all, any");
        };
    }

    private static int count(JsonNode v, String path) {
        if (v == null || !v.isInt()) {
            throw new InvalidInputException(path, "type", path + " must be a whole number");
        }
        return v.intValue();
    }

    /**
     * @param node the {@code oneToOnePathway} object
     * @param path its JSON path
     * @return the pathway
     */
    public static OneToOnePathway readPathway(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(path, "type", path + " must be an object");
        }
        List<Violation> v = new ArrayList<>();
        for (String name : node.propertyNames()) {
            if (!List.of("everyWeeks", "minutes", "completion").contains(name)) {
                v.add(new Violation(path + "." + name, "unknown-property", "unknown property '" + name
                        + "'; allowed here: everyWeeks, minutes, completion"));
            }
        }
        for (String name : List.of("everyWeeks", "minutes", "completion")) {
            if (!node.has(name)) {
                v.add(new Violation(path + "." + name, "required", path + "." + name + " is required"));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new OneToOnePathway(count(node.get("everyWeeks"), path + ".everyWeeks"),
                count(node.get("minutes"), path + ".minutes"), read(node.get("completion"), path + ".completion"));
    }

    /**
     * @param node the {@code fathering} object
     * @param path its JSON path
     * @return the fathering component
     */
    public static org.dvpp.curriculum.FatheringComponent readFathering(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(path, "type", path + " must be an object with module and completion");
        }
        List<Violation> v = new ArrayList<>();
        for (String name : node.propertyNames()) {
            if (!List.of("module", "completion").contains(name)) {
                v.add(new Violation(path + "." + name, "unknown-property", "unknown property '" + name
                        + "'; allowed here: module, completion"));
            }
        }
        for (String name : List.of("module", "completion")) {
            if (!node.has(name)) {
                v.add(new Violation(path + "." + name, "required", path + "." + name + " is required"));
            }
        }
        JsonNode module = node.get("module");
        if (module != null && !module.isString()) {
            v.add(new Violation(path + ".module", "type", path + ".module must be the id of one of the modules"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new org.dvpp.curriculum.FatheringComponent(module.asString(), read(node.get("completion"),
                path + ".completion"));
    }

    /**
     * @param node the {@code purpose} value
     * @param path its JSON path
     * @return the purpose
     */
    public static org.dvpp.curriculum.Curriculum.Purpose readPurpose(JsonNode node, String path) {
        if (node != null && node.isString()) {
            for (var p : org.dvpp.curriculum.Curriculum.Purpose.values()) {
                if (p.name().equals(node.asString())) {
                    return p;
                }
            }
        }
        throw new InvalidInputException(path, "allowed-value", path + " must be PROGRAMME or AFTERCARE");
    }

    /**
     * @param f a fathering component
     * @return it as a JSON node
     */
    public static JsonNode writeFathering(org.dvpp.curriculum.FatheringComponent f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("module", f.module());
        o.set("completion", write(f.completion()));
        return o;
    }

    /**
     * @param c a criterion
     * @return it as a JSON node in the format {@link #read} reads
     */
    public static JsonNode write(CompletionCriterion c) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        if (c instanceof CompletionCriterion.MinSessions m) {
            o.put("minSessions", m.sessions());
        } else if (c instanceof CompletionCriterion.MinHours m) {
            o.put("minHours", m.hours());
        } else if (c instanceof CompletionCriterion.MinOneToOnes m) {
            o.put("minOneToOnes", m.count());
        } else if (c instanceof CompletionCriterion.RequiredSessions r) {
            ArrayNode a = o.putArray("requiredSessions");
            r.sessions().forEach(a::add);
        } else if (c instanceof CompletionCriterion.AllOf all) {
            ArrayNode a = o.putArray("all");
            all.parts().forEach(x -> a.add(write(x)));
        } else if (c instanceof CompletionCriterion.AnyOf any) {
            ArrayNode a = o.putArray("any");
            any.parts().forEach(x -> a.add(write(x)));
        }
        return o;
    }

    /**
     * @param p a pathway
     * @return it as a JSON node
     */
    public static JsonNode writePathway(OneToOnePathway p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("everyWeeks", p.everyWeeks());
        o.put("minutes", p.minutes());
        o.set("completion", write(p.completion()));
        return o;
    }
}
