package org.dvpp.programme;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.dvpp.domain.DataClass;

/** Every front-door method of a {@link Dvpp}: each method of each facade that takes the acting user first. */
final class FacadeWalk {
    /**
     * A policy that allows nothing but registering the agency and reads only P2: under it every front-door method is
     * refused, and the refusal names the permission it needs.
     */
    static final AccessPolicy ONLY_REGISTRATION = new TestPolicy() {
        @Override
        public boolean allows(Role role, Permission permission) {
            return role == Role.ADMINISTRATOR && permission == Permission.ADMINISTER_AGENCY;
        }

        @Override
        public boolean mayRead(Role role, DataClass dataClass) {
            return dataClass == DataClass.P2;
        }
    };

    private FacadeWalk() {
    }

    /**
     * A front-door method and what calling it with empty arguments threw.
     *
     * @param name {@code facade.method}, the pipeline's operation name
     * @param method the facade method
     * @param thrown what the call threw, or null
     */
    record Call(String name, Method method, Throwable thrown) {
    }

    /**
     * Calls every front-door method as the given user, with null or zero for every other argument.
     *
     * @param dvpp the SDK
     * @param user the acting user
     * @return each call and what it threw
     */
    static List<Call> callEveryMethod(Dvpp dvpp, ActingUser user) throws ReflectiveOperationException {
        List<Call> calls = new ArrayList<>();
        for (Method facadeGetter : Dvpp.class.getMethods()) {
            if (facadeGetter.getParameterCount() != 0 || !facadeGetter.getReturnType().isInterface()
                    || facadeGetter.getReturnType() == Events.class) {
                continue;
            }
            Object facade = facadeGetter.invoke(dvpp);
            for (Method m : facadeGetter.getReturnType().getMethods()) {
                if (m.getParameterCount() == 0 || m.getParameterTypes()[0] != ActingUser.class || m.isDefault()
                        || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                Object[] args = new Object[m.getParameterCount()];
                args[0] = user;
                for (int i = 1; i < args.length; i++) {
                    Class<?> t = m.getParameterTypes()[i];
                    args[i] = t == int.class ? 0 : t == long.class ? 0L : t == boolean.class ? false : null;
                }
                Throwable thrown = null;
                try {
                    m.invoke(facade, args);
                } catch (InvocationTargetException e) {
                    thrown = e.getCause();
                }
                calls.add(new Call(facadeGetter.getName() + "." + m.getName(), m, thrown));
            }
        }
        return calls;
    }
}
