package dev.billhook.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TypeScript type expressions the catalog writes field types in ({@code string | null},
 * {@code Array<{ code: string; usage?: { current: number; }; }>}, {@code "subscription"},
 * {@code Record<string, unknown>}, {@code WebhookEndpoint[]}), parsed into a small tree that
 * {@link ShapeChecker} can hold JSON against. Only the subset the catalog uses; anything else is
 * a parse error naming the expression, so a new construct is noticed rather than waved through.
 */
sealed interface TsType {
    record Union(List<TsType> members) implements TsType {}

    record Field(String name, boolean optional, TsType type) {}

    record ObjectLiteral(List<Field> fields) implements TsType {}

    record ArrayOf(TsType element) implements TsType {}

    /** A string, number or boolean literal type, kept as its source text's value. */
    record Literal(Object value) implements TsType {}

    /** A template literal type such as {@code `evt_${string}`}, as the regular expression it stands for. */
    record Template(String source, Pattern pattern) implements TsType {}

    /** A named type: a keyword ({@code string}, {@code null}, …), a generic, or a catalog type. */
    record Named(String name, List<TsType> args) implements TsType {}

    /** This type with each {@code Named} type parameter replaced by its binding. */
    static TsType substitute(TsType type, Map<String, TsType> bindings) {
        if (bindings.isEmpty()) return type;
        if (type instanceof Union u) return new Union(u.members().stream().map(m -> substitute(m, bindings)).toList());
        if (type instanceof ArrayOf a) return new ArrayOf(substitute(a.element(), bindings));
        if (type instanceof ObjectLiteral o) {
            return new ObjectLiteral(o.fields().stream()
                    .map(f -> new Field(f.name(), f.optional(), substitute(f.type(), bindings))).toList());
        }
        if (type instanceof Named n) {
            if (n.args().isEmpty() && bindings.containsKey(n.name())) return bindings.get(n.name());
            return new Named(n.name(), n.args().stream().map(a -> substitute(a, bindings)).toList());
        }
        return type;
    }

    static TsType parse(String source) {
        Parser parser = new Parser(source);
        TsType type = parser.union();
        parser.skipSpace();
        if (parser.pos != source.length()) throw parser.error("unexpected text");
        return type;
    }

    final class Parser {
        private final String src;
        private int pos;

        private Parser(String src) {
            this.src = src;
        }

        private TsType union() {
            List<TsType> members = new ArrayList<>();
            skipSpace();
            if (peek('|')) pos++; // a leading bar is legal TypeScript
            members.add(postfix());
            while (skipSpace() && peek('|')) {
                pos++;
                members.add(postfix());
            }
            return members.size() == 1 ? members.get(0) : new Union(List.copyOf(members));
        }

        private TsType postfix() {
            TsType type = primary();
            while (skipSpace() && src.startsWith("[]", pos)) {
                pos += 2;
                type = new ArrayOf(type);
            }
            return type;
        }

        private TsType primary() {
            skipSpace();
            if (pos >= src.length()) throw error("a type was expected");
            char c = src.charAt(pos);
            if (c == '{') return objectLiteral();
            if (c == '(') {
                pos++;
                TsType inner = union();
                expect(')');
                return inner;
            }
            if (c == '"' || c == '\'') return new Literal(quoted());
            if (c == '`') return template();
            if (c == '-' || Character.isDigit(c)) return new Literal(Double.parseDouble(word()));
            String name = word();
            if (name.equals("true") || name.equals("false")) return new Literal(Boolean.parseBoolean(name));
            List<TsType> args = new ArrayList<>();
            if (skipSpace() && peek('<')) {
                pos++;
                do {
                    args.add(union());
                } while (skipSpace() && peek(',') && ++pos > 0);
                expect('>');
            }
            return new Named(name, List.copyOf(args));
        }

        private TsType objectLiteral() {
            expect('{');
            List<Field> fields = new ArrayList<>();
            while (skipSpace() && !peek('}')) {
                String name = peek('"') || peek('\'') ? quoted() : word();
                skipSpace();
                boolean optional = peek('?');
                if (optional) pos++;
                expect(':');
                fields.add(new Field(name, optional, union()));
                skipSpace();
                if (peek(';') || peek(',')) pos++;
            }
            expect('}');
            return new ObjectLiteral(List.copyOf(fields));
        }

        private TsType template() {
            int start = pos;
            String body = quoted();
            StringBuilder regex = new StringBuilder();
            Matcher hole = Pattern.compile("\\$\\{(\\w+)}").matcher(body);
            int last = 0;
            while (hole.find()) {
                regex.append(Pattern.quote(body.substring(last, hole.start())));
                regex.append(switch (hole.group(1)) {
                    case "string" -> ".*";
                    case "number" -> "-?\\d+(\\.\\d+)?";
                    default -> throw error("template hole ${" + hole.group(1) + "} is not supported");
                });
                last = hole.end();
            }
            regex.append(Pattern.quote(body.substring(last)));
            return new Template(src.substring(start, pos), Pattern.compile(regex.toString(), Pattern.DOTALL));
        }

        private String quoted() {
            char quote = src.charAt(pos++);
            int end = src.indexOf(quote, pos);
            if (end < 0) throw error("unterminated string literal");
            String text = src.substring(pos, end);
            pos = end + 1;
            return text;
        }

        private String word() {
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || "_$.-".indexOf(src.charAt(pos)) >= 0)) {
                pos++;
            }
            if (start == pos) throw error("a name was expected");
            return src.substring(start, pos);
        }

        private void expect(char c) {
            skipSpace();
            if (!peek(c)) throw error("'" + c + "' was expected");
            pos++;
        }

        private boolean peek(char c) {
            return pos < src.length() && src.charAt(pos) == c;
        }

        /** Always true, so it can lead a condition. */
        private boolean skipSpace() {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
            return true;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at " + pos + " in type: " + src);
        }
    }
}
