package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dvpp.domain.Classified;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;
import org.junit.jupiter.api.Test;

/**
 * The redaction step can keep its promise for every result the front door returns: every record reachable from a
 * front-door method's return type (through components, collections, optionals and sealed interfaces) is
 * {@link Classified}, and every {@link Sensitive} component that a role allowed to call the method may not read has a
 * type the redactor can withhold (text, optional, collection, map). Otherwise that call would fail at run time for that
 * role, or, had the record not been classified, hand the data over.
 */
class ResultClassificationTest {

    private static final AccessPolicy POLICY = StandardAccessPolicy.INSTANCE;

    @Test
    void everyFrontDoorResultIsClassifiedAndWithholdableFromEveryRoleAllowedToAskForIt() throws Exception {
        Set<String> problems = new TreeSet<>();
        Set<Class<?>> recordsSeen = new HashSet<>();
        int sensitiveChecked = 0;
        try (Harness local = new Harness(b -> b.accessPolicy(FacadeWalk.ONLY_REGISTRATION))) {
            ActingUser walker = ActingUser.of(UserId.random(), local.agency, Role.ANALYST);
            List<FacadeWalk.Call> calls = FacadeWalk.callEveryMethod(local.dvpp, walker);
            assertThat(calls).hasSizeGreaterThan(40);
            for (FacadeWalk.Call call : calls) {
                // the refusal names the permission the method needs
                assertThat(call.thrown()).as(call.name()).isInstanceOf(AccessDeniedException.class);
                Permission needed = ((AccessDeniedException) call.thrown()).permission();
                for (Role role : Role.values()) {
                    if (!POLICY.allows(role, needed)) {
                        continue;
                    }
                    Set<DataClass> readable = EnumSet.noneOf(DataClass.class);
                    for (DataClass c : DataClass.values()) {
                        if (POLICY.mayRead(role, c)) {
                            readable.add(c);
                        }
                    }
                    Walker w = new Walker(call.name() + " as " + role, readable, problems, recordsSeen);
                    w.walk(call.method().getGenericReturnType(), "result", new HashSet<>());
                    sensitiveChecked += w.sensitive;
                }
            }
        }
        assertThat(problems).isEmpty();
        // not vacuous: results from the assessment, curriculum, storage and reporting modules are among those walked
        assertThat(recordsSeen).extracting(c -> c.getModule().getName())
                .contains("org.dvpp.domain", "org.dvpp.programme", "org.dvpp.assessment", "org.dvpp.curriculum",
                        "org.dvpp.storage.spi", "org.dvpp.reporting");
        assertThat(sensitiveChecked).isGreaterThan(50);
    }

    @Test
    void theWalkFindsAnUnclassifiedRecordAndASensitiveComponentThatCannotBeWithheld() {
        Set<String> problems = new TreeSet<>();
        new Walker("fixture", EnumSet.of(DataClass.P2), problems, new HashSet<>())
                .walk(Fixture.class, "result", new HashSet<>());
        assertThat(problems).hasSize(2).anySatisfy(p -> assertThat(p).contains("Unclassified").contains("@Classified"))
                .anySatisfy(p -> assertThat(p).contains("result.score").contains("cannot be withheld"));
    }

    /** A classified record with a P1 number (which cannot be withheld) and an unclassified record inside. */
    @Classified
    record Fixture(@Sensitive(DataClass.P1) int score, List<Unclassified> notes) {
    }

    /** Not classified. */
    record Unclassified(String text) {
    }

    /** Walks a result type for one caller. */
    private static final class Walker {
        private final String caller;
        private final Set<DataClass> readable;
        private final Set<String> problems;
        private final Set<Class<?>> recordsSeen;
        private int sensitive;

        Walker(String caller, Set<DataClass> readable, Set<String> problems, Set<Class<?>> recordsSeen) {
            this.caller = caller;
            this.readable = readable;
            this.problems = problems;
            this.recordsSeen = recordsSeen;
        }

        void walk(Type type, String path, Set<Type> onPath) {
            if (!onPath.add(type)) {
                return;
            }
            try {
                if (type instanceof ParameterizedType p) {
                    walk(p.getRawType(), path, onPath);
                    for (Type arg : p.getActualTypeArguments()) {
                        walk(arg, path, onPath);
                    }
                } else if (type instanceof WildcardType w) {
                    for (Type t : w.getUpperBounds()) {
                        walk(t, path, onPath);
                    }
                } else if (type instanceof GenericArrayType a) {
                    walk(a.getGenericComponentType(), path, onPath);
                } else if (type instanceof Class<?> c) {
                    walkClass(c, path, onPath);
                }
            } finally {
                onPath.remove(type);
            }
        }

        private void walkClass(Class<?> c, String path, Set<Type> onPath) {
            if (c.isArray()) {
                walk(c.getComponentType(), path, onPath);
            } else if (c.isRecord()) {
                recordsSeen.add(c);
                if (!c.isAnnotationPresent(Classified.class)) {
                    problems.add(caller + ": " + path + " is a " + c.getName() + ", which is not @Classified");
                }
                for (RecordComponent rc : c.getRecordComponents()) {
                    String p = path + "." + rc.getName();
                    Sensitive s = rc.getAnnotation(Sensitive.class);
                    if (s != null) {
                        sensitive++;
                        if (!readable.contains(s.value()) && !withholdable(rc.getType())) {
                            problems.add(caller + ": " + p + " (" + s.value() + ", a " + rc.getType().getSimpleName()
                                    + ") cannot be withheld from a caller who may not read it");
                        }
                    }
                    walk(rc.getGenericType(), p, onPath);
                }
            } else if (c.isSealed()) {
                for (Class<?> sub : c.getPermittedSubclasses()) {
                    walk(sub, path + "<" + sub.getSimpleName() + ">", onPath);
                }
            }
        }

        private static boolean withholdable(Class<?> type) {
            return type == String.class || type == Optional.class || Collection.class.isAssignableFrom(type)
                    || Map.class.isAssignableFrom(type);
        }
    }
}
