package dev.billhook.webhook.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.billhook.webhook.Nullable;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Binds a JSON object into a record by component name in one pass over the parser's tokens,
 * strictly: a component without {@link Nullable} is required and non-null, every value must
 * already have the component's JSON type (see {@link TokenReader} for the mapping), and a known
 * field may appear only once. Unknown JSON fields are skipped unread.
 *
 * <p>The record's shape is checked once per class, when its binder is first asked for, so a
 * mistake fails at class initialization of {@link EventRegistry} rather than on some later
 * payload. Binders are cached per class in a {@link ClassValue}, immutable and thread-safe.
 *
 * <p>Why not Jackson data binding: it would need Jackson annotations on public records and several
 * coercion switches to get the same strictness; this class and {@code TokenReader} are the whole
 * rule set.
 */
final class RecordBinder<R extends Record> {
    private static final ClassValue<RecordBinder<?>> BINDERS =
            new ClassValue<>() {
                @Override
                protected RecordBinder<?> computeValue(Class<?> type) {
                    return new RecordBinder<>(type.asSubclass(Record.class));
                }
            };

    private final Class<R> type;
    /** ".name" for each component: the path segment a failure inside it gets. */
    private final String[] segments;
    private final boolean[] nullable;
    private final TokenReader[] readers;
    private final Map<String, Integer> indexByName;
    /** The canonical constructor, taking its arguments as one Object[]. */
    private final MethodHandle constructor;

    private RecordBinder(Class<R> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        int n = components.length;
        if (n > Long.SIZE) {
            // Duplicates are tracked in one long; no catalog record comes close.
            throw new IllegalStateException(type.getName() + " has more than 64 components");
        }
        segments = new String[n];
        nullable = new boolean[n];
        readers = new TokenReader[n];
        indexByName = new HashMap<>();
        Class<?>[] types = new Class<?>[n];
        for (int i = 0; i < n; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            segments[i] = "." + c.getName();
            nullable[i] = c.isAnnotationPresent(Nullable.class);
            if (nullable[i] && c.getType().isPrimitive()) {
                throw new IllegalStateException(
                        type.getName() + "." + c.getName()
                                + " is @Nullable but primitive; use the boxed type");
            }
            readers[i] = TokenReader.forType(c.getGenericType());
            indexByName.put(c.getName(), i);
        }
        try {
            constructor =
                    MethodHandles.publicLookup()
                            .unreflectConstructor(type.getDeclaredConstructor(types))
                            .asSpreader(Object[].class, n)
                            .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(
                    "no accessible canonical constructor on " + type.getName(), e);
        }
    }

    /** The binder for {@code type}; throws IllegalStateException for unsupported components. */
    @SuppressWarnings("unchecked")
    static <R extends Record> RecordBinder<R> of(Class<R> type) {
        return (RecordBinder<R>) BINDERS.get(type);
    }

    /** The record type this binder produces. */
    Class<R> type() {
        return type;
    }

    /**
     * Reads the object at the parser's current token and leaves the parser on its {@code
     * END_OBJECT}.
     *
     * @throws BindFailure if it is not an object or does not fit the record
     */
    R read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new BindFailure("must be an object");
        }
        Object[] args = new Object[readers.length];
        long seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken value = p.nextToken();
            Integer index = indexByName.get(name);
            if (index == null) {
                p.skipChildren();
                continue;
            }
            int i = index;
            if ((seen & (1L << i)) != 0) {
                throw new BindFailure("appears more than once").under(segments[i]);
            }
            seen |= 1L << i;
            if (value == JsonToken.VALUE_NULL) {
                continue; // as if absent
            }
            try {
                args[i] = readers[i].read(p);
            } catch (BindFailure f) {
                throw f.under(segments[i]);
            }
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null && !nullable[i]) {
                throw new BindFailure("is required").under(segments[i]);
            }
        }
        return construct(args);
    }

    @SuppressWarnings("unchecked")
    private R construct(Object[] args) {
        try {
            return (R) (Object) constructor.invokeExact(args);
        } catch (RuntimeException e) {
            // A record's own validation rejected the values.
            throw new BindFailure("is invalid: " + e.getMessage());
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }
}
