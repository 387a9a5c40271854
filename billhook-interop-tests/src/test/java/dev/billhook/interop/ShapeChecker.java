package dev.billhook.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds a JSON value against a catalog type, the way the SDK's declarations would at compile time:
 * required fields present, JSON kinds right ({@code number} is a JSON number, and so on), {@code null}
 * only where the type admits it, literal and enum values respected, and no field the type does not
 * declare. Returns the problems found, each as {@code path: expected …, got …}; empty means it fits.
 */
final class ShapeChecker {
    private static final Set<String> ANY = Set.of("unknown", "any");
    private static final int MAX_SHOWN_CHARS = 80;

    private final Catalog catalog;

    ShapeChecker(Catalog catalog) {
        this.catalog = catalog;
    }

    List<String> check(JsonNode value, String type) {
        List<String> problems = new ArrayList<>();
        check(value, TsType.parse(type), "$", problems);
        return problems;
    }

    /** Checks an object against a field list (an interface body). */
    List<String> checkFields(JsonNode value, List<Catalog.Field> fields) {
        List<String> problems = new ArrayList<>();
        checkObject(value, toLiteral(fields), "$", problems);
        return problems;
    }

    private void check(JsonNode value, TsType type, String path, List<String> problems) {
        if (type instanceof TsType.Union union) {
            checkUnion(value, union, path, problems);
        } else if (type instanceof TsType.ObjectLiteral object) {
            checkObject(value, object, path, problems);
        } else if (type instanceof TsType.ArrayOf array) {
            checkArray(value, array.element(), path, problems);
        } else if (type instanceof TsType.Template template) {
            if (!value.isTextual() || !template.pattern().matcher(value.asText()).matches()) {
                problems.add(path + ": expected a string matching " + template.source() + ", got " + shown(value));
            }
        } else if (type instanceof TsType.Literal literal) {
            Object expected = literal.value();
            boolean same = expected instanceof String s ? value.isTextual() && value.asText().equals(s)
                    : expected instanceof Boolean b ? value.isBoolean() && value.asBoolean() == b
                    : value.isNumber() && value.asDouble() == (Double) expected;
            if (!same) problems.add(path + ": expected the literal " + describe(literal) + ", got " + shown(value));
        } else {
            checkNamed(value, (TsType.Named) type, path, problems);
        }
    }

    private void checkNamed(JsonNode value, TsType.Named named, String path, List<String> problems) {
        String name = named.name();
        if (ANY.contains(name)) return;
        switch (name) {
            case "string" -> expectKind(value.isTextual(), "a string", value, path, problems);
            case "number" -> expectKind(value.isNumber(), "a number", value, path, problems);
            case "boolean" -> expectKind(value.isBoolean(), "a boolean", value, path, problems);
            case "null" -> expectKind(value.isNull(), "null", value, path, problems);
            case "object" -> expectKind(value.isObject(), "an object", value, path, problems);
            case "Array" -> checkArray(value, named.args().get(0), path, problems);
            case "Record" -> {
                if (!expectKind(value.isObject(), "an object", value, path, problems)) return;
                for (Map.Entry<String, JsonNode> e : value.properties()) {
                    check(e.getValue(), named.args().get(1), path + "." + e.getKey(), problems);
                }
            }
            default -> checkDefined(value, named, path, problems);
        }
    }

    private void checkDefined(JsonNode value, TsType.Named named, String path, List<String> problems) {
        String name = named.name();
        Catalog.Definition definition = catalog.definition(name).orElseThrow(
                () -> new IllegalStateException("the catalog does not define the type " + name + " (at " + path + ")"));
        if (definition instanceof Catalog.Interface iface) {
            Map<String, TsType> bindings = new HashMap<>();
            for (int i = 0; i < iface.typeParameters().size(); i++) {
                Catalog.TypeParameter p = iface.typeParameters().get(i);
                TsType bound = i < named.args().size() ? named.args().get(i)
                        : p.defaultType() != null ? TsType.parse(p.defaultType()) : null;
                if (bound == null) throw new IllegalStateException(name + " needs its type parameter " + p.name() + " (at " + path + ")");
                bindings.put(p.name(), bound);
            }
            checkObject(value, (TsType.ObjectLiteral) TsType.substitute(toLiteral(iface.fields()), bindings), path, problems);
        } else if (definition instanceof Catalog.Enum e) {
            if (!value.isTextual() || !e.values().contains(value.asText())) {
                problems.add(path + ": expected one of " + name + " " + e.values() + ", got " + shown(value));
            }
        } else {
            check(value, TsType.parse(((Catalog.Alias) definition).type()), path, problems);
        }
    }

    private void checkUnion(JsonNode value, TsType.Union union, String path, List<String> problems) {
        List<TsType> candidates = new ArrayList<>();
        for (TsType member : union.members()) {
            List<String> attempt = new ArrayList<>();
            check(value, member, path, attempt);
            if (attempt.isEmpty()) return;
            if (!(member instanceof TsType.Named n && n.name().equals("null"))) candidates.add(member);
        }
        if (candidates.size() == 1 && !value.isNull()) {
            check(value, candidates.get(0), path, problems); // one real alternative: report its details
        } else {
            problems.add(path + ": expected " + describe(union) + ", got " + shown(value));
        }
    }

    private void checkObject(JsonNode value, TsType.ObjectLiteral type, String path, List<String> problems) {
        if (!expectKind(value.isObject(), "an object", value, path, problems)) return;
        Set<String> declared = new TreeSet<>();
        for (TsType.Field field : type.fields()) {
            declared.add(field.name());
            JsonNode member = value.get(field.name());
            if (member == null) {
                if (!field.optional()) problems.add(path + "." + field.name() + ": required, but absent");
            } else {
                check(member, field.type(), path + "." + field.name(), problems);
            }
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (!declared.contains(e.getKey())) {
                problems.add(path + "." + e.getKey() + ": not declared by the type (value " + shown(e.getValue()) + ")");
            }
        }
    }

    private void checkArray(JsonNode value, TsType element, String path, List<String> problems) {
        if (!expectKind(value.isArray(), "an array", value, path, problems)) return;
        for (int i = 0; i < value.size(); i++) check(value.get(i), element, path + "[" + i + "]", problems);
    }

    private static boolean expectKind(boolean ok, String expected, JsonNode value, String path, List<String> problems) {
        if (!ok) problems.add(path + ": expected " + expected + ", got " + shown(value));
        return ok;
    }

    private static TsType.ObjectLiteral toLiteral(List<Catalog.Field> fields) {
        List<TsType.Field> parsed = new ArrayList<>();
        for (Catalog.Field f : fields) parsed.add(new TsType.Field(f.name(), f.optional(), TsType.parse(f.type())));
        return new TsType.ObjectLiteral(List.copyOf(parsed));
    }

    private static String describe(TsType type) {
        if (type instanceof TsType.Union u) return String.join(" | ", u.members().stream().map(ShapeChecker::describe).toList());
        if (type instanceof TsType.Named n) return n.name();
        if (type instanceof TsType.Literal l) return l.value() instanceof String s ? "\"" + s + "\"" : String.valueOf(l.value());
        if (type instanceof TsType.ArrayOf a) return describe(a.element()) + "[]";
        if (type instanceof TsType.Template t) return t.source();
        return "an object";
    }

    static String shown(JsonNode value) {
        String text = value.isObject() ? "an object" : value.isArray() ? "an array" : value.toString();
        return text.length() > MAX_SHOWN_CHARS ? text.substring(0, MAX_SHOWN_CHARS) + "…" : text;
    }
}
