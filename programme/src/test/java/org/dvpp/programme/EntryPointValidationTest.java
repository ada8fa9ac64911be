package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every method of every use-case facade, called with a missing argument, refuses with {@link InvalidInputException}
 * naming that argument (never a {@link NullPointerException} from deep inside), and changes nothing.
 */
class EntryPointValidationTest {
    private static Harness h;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness();
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    private static List<Object> facades() {
        Dvpp d = h.dvpp;
        return List.of(d.agencies(), d.referrals(), d.cases(), d.assessments(), d.safety(), d.groups(), d.completion(),
                d.alerts(), d.reports(), d.events(), d.partnerSupport(), d.subjectAccess(), d.research());
    }

    @Test
    void aMissingArgumentIsRefusedNamingItAndNothingChanges() throws Exception {
        // an acting user with every role, so that access control never answers first
        ActingUser everyone = ActingUser.of(UserId.random(), h.agency, Role.values());
        var before = h.dvpp.reports().funnel(everyone, java.time.LocalDate.parse("2000-01-01"), java.time.LocalDate.parse("2100-01-01"));
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Object facade : facades()) {
            Class<?> api = apiOf(facade);
            for (Method m : api.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.isDefault() || m.getParameterCount() == 0) {
                    continue;
                }
                Class<?>[] types = m.getParameterTypes();
                for (int missing = 0; missing < types.length; missing++) {
                    if (types[missing].isPrimitive()) {
                        continue; // a primitive cannot be missing
                    }
                    Object[] args = new Object[types.length];
                    for (int i = 0; i < types.length; i++) {
                        if (types[i].isPrimitive()) {
                            args[i] = types[i] == boolean.class ? Boolean.FALSE
                                    : java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(types[i], 1), 0);
                        }
                    }
                    if (types[0] == ActingUser.class && missing != 0) {
                        args[0] = everyone;
                    }
                    calls++;
                    String where = api.getSimpleName() + "." + m.getName() + " argument " + missing + " ("
                            + m.getParameters()[missing].getName() + ")";
                    try {
                        m.invoke(facade, args);
                        problems.add(where + ": accepted");
                    } catch (InvocationTargetException e) {
                        Throwable t = e.getCause();
                        if (!(t instanceof InvalidInputException iie)) {
                            problems.add(where + ": " + t);
                        } else if (iie.violations().isEmpty() || iie.violations().get(0).rule().isBlank()) {
                            problems.add(where + ": no violation named");
                        }
                    }
                }
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(60);
        assertThat(problems).isEmpty();
        assertThat(h.dvpp.reports().funnel(everyone, java.time.LocalDate.parse("2000-01-01"), java.time.LocalDate.parse("2100-01-01"))).isEqualTo(before);
    }

    private static Class<?> apiOf(Object facade) {
        for (Class<?> i : facade.getClass().getInterfaces()) {
            if (i.getPackageName().equals(Dvpp.class.getPackageName())) {
                return i;
            }
        }
        throw new AssertionError("no API interface for " + facade.getClass());
    }
}
