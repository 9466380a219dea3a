package org.linli.records;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Copies of the registers' beans, property by property (a public getter and setter each), so that
 * what a guard is handed cannot write through to what is stored.
 */
final class Beans {
    private Beans() {
    }

    /** A copy of {@code value}: the same immutable value, or a new bean or collection holding copies. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Temporal || value instanceof Character) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>();
            list.forEach(item -> copied.add(copy(item)));
            return (T) copied;
        }
        if (value instanceof Set<?> set) {
            Set<Object> copied = new LinkedHashSet<>();
            set.forEach(item -> copied.add(copy(item)));
            return (T) copied;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copied = new LinkedHashMap<>();
            map.forEach((key, item) -> copied.put(key, copy(item)));
            return (T) copied;
        }
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            throw new IllegalArgumentException("cannot copy a " + value.getClass().getName());
        }
        try {
            Object copied = value.getClass().getConstructor().newInstance();
            for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Optional<Method> getter = FieldDescription.getter(value.getClass(), field.getName());
                    Optional<Method> setter = setter(value.getClass(), field.getName(), getter);
                    if (getter.isPresent() && setter.isPresent()) {
                        setter.get().invoke(copied, copy(getter.get().invoke(value)));
                    }
                }
            }
            return (T) copied;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy a " + value.getClass().getName(), e);
        }
    }

    /** Sets {@code property} of {@code bean} to {@code value} when it is empty; whether it was. */
    static boolean fill(Object bean, String property, Object value) {
        Method getter = FieldDescription.getter(bean.getClass(), property)
                .orElseThrow(() -> new IllegalArgumentException(bean.getClass().getName() + " has no property " + property));
        Method setter = setter(bean.getClass(), property, Optional.of(getter))
                .orElseThrow(() -> new IllegalArgumentException(bean.getClass().getName() + " cannot set " + property));
        try {
            if (getter.invoke(bean) != null) {
                return false;
            }
            setter.invoke(bean, value);
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot set " + property + " of " + bean.getClass().getName(), e);
        }
    }

    private static Optional<Method> setter(Class<?> bean, String property, Optional<Method> getter) {
        if (getter.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(bean.getMethod("set" + Character.toUpperCase(property.charAt(0)) + property.substring(1),
                    getter.get().getReturnType()));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
