package vn.lamtheo.kernel.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One instance of every event a sealed event interface permits, read from {@code getPermittedSubclasses()}, so a
 * test over it grows with the {@code permits} list by itself. Events are records of records, enums, strings,
 * numbers and collections; each component gets a plain filled-in value (a one-element list, the first enum
 * constant), enough for a handler to take its branch.
 */
public final class EveryEvent {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private EveryEvent() {
    }

    public static <E> List<E> of(Class<E> sealedInterface) {
        if (!sealedInterface.isSealed()) {
            throw new IllegalArgumentException(sealedInterface + " is not sealed");
        }
        return Arrays.stream(sealedInterface.getPermittedSubclasses()).map(c -> sealedInterface.cast(sample(c))).toList();
    }

    private static Object sample(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return List.of(sample(args[0]));
            }
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(sample(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(sample(args[0]), sample(args[1]));
            }
            throw new IllegalArgumentException("No sample for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) return "x";
        if (c == int.class || c == Integer.class) return 2026;
        if (c == long.class || c == Long.class) return 1L;
        if (c == double.class || c == Double.class) return 0.9;
        if (c == boolean.class || c == Boolean.class) return true;
        if (c == Instant.class) return AT;
        if (c == LocalDate.class) return LocalDate.of(2026, 3, 1);
        if (c.isEnum()) return c.getEnumConstants()[0];
        if (c.isRecord()) return record(c);
        throw new IllegalArgumentException("No sample for " + c);
    }

    private static Object record(Class<?> c) {
        RecordComponent[] components = c.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(components).map(rc -> sample(rc.getGenericType())).toArray();
        try {
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample " + c.getSimpleName(), e);
        }
    }
}
