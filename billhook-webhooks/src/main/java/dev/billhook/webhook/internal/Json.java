package dev.billhook.webhook.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one configured Jackson parser factory, and JSON to plain-Java conversion. */
public final class Json {
    /*
     * Only the streaming parser is used: fields are bound by RecordBinder, which knows which fields
     * are required. A body that two parsers could read differently should not be trusted just
     * because it is signed, so duplicate keys are rejected wherever the SDK reads them (envelope,
     * records, Map<String, Object> values) and trailing content is rejected by EnvelopeReader. The
     * parser's own STRICT_DUPLICATE_DETECTION is off: it keeps a name set per object, costing a
     * third of the parse, and a duplicate in a field the SDK skips changes nothing it reads.
     */
    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private Json() {}

    /** A parser over {@code body} (UTF-8 JSON), before its first token. */
    static JsonParser parser(byte[] body) throws IOException {
        return FACTORY.createParser(body);
    }

    /**
     * The object at the parser's current {@code START_OBJECT}, as unmodifiable maps, lists and
     * boxed scalars (see UnknownEvent): integers as {@code Long} (or {@code BigInteger} beyond its
     * range), other numbers as {@code Double}, JSON null as null. Leaves the parser on the matching
     * {@code END_OBJECT}.
     *
     * @throws BindFailure if the value is not an object or an object repeats a key
     */
    static Map<String, Object> readObject(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new BindFailure("must be an object");
        }
        return readMap(p);
    }

    private static Map<String, Object> readMap(JsonParser p) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            boolean repeated = map.containsKey(name);
            map.put(name, readAny(p));
            if (repeated) {
                // The key itself may be personal data, so it stays out of the message.
                throw new BindFailure("has a duplicate key");
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static Object readAny(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT:
                return readMap(p);
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readAny(p));
                }
                return Collections.unmodifiableList(list);
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? p.getBigIntegerValue()
                        : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default: // VALUE_NULL; the parser reports anything malformed before this
                return null;
        }
    }
}
