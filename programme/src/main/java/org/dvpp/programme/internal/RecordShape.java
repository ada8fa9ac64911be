package org.dvpp.programme.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;
import org.jspecify.annotations.Nullable;

/**
 * What the front door's record walkers (the input validator, the redactor and the document and event codecs) need to
 * know of a record type: its components in order, each with its accessor, generic type and the SDK's annotations, and
 * its canonical constructor. Reading them reflectively costs more than the walk itself ({@link Class#getRecordComponents}
 * returns new objects whose annotations are parsed again on every call), so each type's shape is read once and kept
 * for as long as the type is loaded.
 *
 * @param type the record type
 * @param parts its components, in declaration order
 * @param canonical its canonical constructor
 */
record RecordShape(Class<?> type, List<Part> parts, Constructor<?> canonical) {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return read(type);
        }
    };

    /**
     * One component.
     *
     * @param name its name
     * @param type its erased type
     * @param genericType its generic type
     * @param accessor its accessor method
     * @param sensitive its data class annotation, or null when it has none
     * @param freeText whether it is documented as multi-line free text
     */
    record Part(String name, Class<?> type, Type genericType, Method accessor, @Nullable Sensitive sensitive,
            boolean freeText) {
        /**
         * @param r a record of the shape's type
         * @return this component's value in it
         */
        @Nullable Object get(Record r) {
            try {
                return accessor.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor.getDeclaringClass().getSimpleName() + "."
                        + name, e);
            }
        }
    }

    /**
     * @param type a record type
     * @return its shape, read once per type
     */
    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    /**
     * Builds a record of this shape through its canonical constructor, so that its own checks run. An SDK exception
     * thrown by the constructor leaves as it is.
     *
     * @param values the components, in order
     * @return the record
     */
    Object create(Object[] values) {
        try {
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof DvppException d) {
                throw d;
            }
            throw new IllegalStateException("cannot rebuild a " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot rebuild a " + type.getSimpleName(), e);
        }
    }

    private static RecordShape read(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        Part[] parts = new Part[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            Method accessor = rc.getAccessor();
            parts[i] = new Part(rc.getName(), rc.getType(), rc.getGenericType(), accessor,
                    rc.getAnnotation(Sensitive.class), rc.isAnnotationPresent(FreeText.class));
            types[i] = rc.getType();
        }
        try {
            return new RecordShape(type, List.of(parts), type.getDeclaredConstructor(types));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
        }
    }
}
