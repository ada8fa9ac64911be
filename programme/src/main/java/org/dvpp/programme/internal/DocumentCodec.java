package org.dvpp.programme.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a casework record (a public record of the domain) into the JSON body of a storage document and back. Only
 * public accessors and canonical constructors are used, so no package needs opening; on the way back every record's
 * constructor checks its parts again. Handles texts, numbers, booleans, dates, instants, UUIDs, enums, optionals,
 * lists, sets, maps with text or enum keys, and nested records (ids included).
 */
final class DocumentCodec {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentCodec() {
    }

    static String encode(Record value) {
        return JSON.writeValueAsString(node(value));
    }

    static <T extends Record> T decode(String body, Class<T> type) {
        return type.cast(value(JSON.readTree(body), type));
    }

    private static JsonNode node(Object v) {
        if (v instanceof Record r) {
            ObjectNode o = NODES.objectNode();
            for (RecordShape.Part part : RecordShape.of(r.getClass()).parts()) {
                o.set(part.name(), node(part.get(r)));
            }
            return o;
        }
        if (v instanceof Optional<?> opt) {
            return opt.isPresent() ? node(opt.get()) : NODES.nullNode();
        }
        if (v instanceof Collection<?> c) {
            ArrayNode a = NODES.arrayNode();
            c.forEach(e -> a.add(node(e)));
            return a;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            m.forEach((k, e) -> o.set(k instanceof Enum<?> en ? en.name() : k.toString(), node(e)));
            return o;
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof Enum<?> e) {
            return NODES.stringNode(e.name());
        }
        if (v instanceof String || v instanceof BigDecimal || v instanceof UUID || v instanceof LocalDate
                || v instanceof Instant) {
            return NODES.stringNode(v.toString());
        }
        throw new IllegalStateException("no document form for " + v.getClass().getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(JsonNode n, Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == Optional.class) {
                return n == null || n.isNull() ? Optional.empty() : Optional.of(value(n, args[0]));
            }
            if (raw == List.class || raw == Set.class) {
                Collection<Object> out = raw == List.class ? new ArrayList<>() : new LinkedHashSet<>();
                n.forEach(e -> out.add(value(e, args[0])));
                return raw == List.class ? List.copyOf(out) : java.util.Collections.unmodifiableSet((Set<Object>) out);
            }
            if (raw == Map.class) {
                Class<?> key = (Class<?>) args[0];
                Map out = key.isEnum() ? new EnumMap(key) : new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    out.put(key.isEnum() ? Enum.valueOf((Class) key, e.getKey()) : e.getKey(),
                            value(e.getValue(), args[1]));
                }
                return out;
            }
            throw new IllegalStateException("no document form for " + p);
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            RecordShape shape = RecordShape.of(c);
            List<RecordShape.Part> parts = shape.parts();
            Object[] args = new Object[parts.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = value(n.get(parts.get(i).name()), parts.get(i).genericType());
            }
            return shape.create(args);
        }
        if (c == String.class) {
            return n.asString();
        }
        if (c == int.class || c == Integer.class) {
            return n.asInt();
        }
        if (c == long.class || c == Long.class) {
            return n.asLong();
        }
        if (c == boolean.class || c == Boolean.class) {
            return n.asBoolean();
        }
        if (c == BigDecimal.class) {
            return new BigDecimal(n.asString());
        }
        if (c == UUID.class) {
            return UUID.fromString(n.asString());
        }
        if (c == LocalDate.class) {
            return LocalDate.parse(n.asString());
        }
        if (c == Instant.class) {
            return Instant.parse(n.asString());
        }
        if (c.isEnum()) {
            return Enum.valueOf((Class) c, n.asString());
        }
        throw new IllegalStateException("no document form for " + c.getName());
    }
}
