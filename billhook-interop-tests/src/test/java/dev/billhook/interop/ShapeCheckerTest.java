package dev.billhook.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalog-driven shape check on its own, with values made by hand (no Node needed). */
class ShapeCheckerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Catalog CATALOG =
            Catalog.load(Path.of(System.getProperty("billhook.catalog", "../contract/commet-catalog.json")));
    private final ShapeChecker checker = new ShapeChecker(CATALOG);

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static final String CUSTOMER = "{'id':'cus_1','externalId':null,'fullName':'Ada','email':'a@b.c',"
            + "'taxDocument':null,'documentType':null,'timezone':null,'metadata':null,"
            + "'createdAt':'2026-01-01T00:00:00.000Z','updatedAt':'2026-01-01T00:00:00.000Z',"
            + "'object':'customer','livemode':false}";

    @Test
    void aCustomerAsTheSdkDeclaresItFits() throws Exception {
        assertThat(checker.check(json("{'success':true,'data':" + CUSTOMER + "}"), "ApiResponse<Customer>")).isEmpty();
    }

    @Test
    void missingRequiredFieldsWrongKindsAndStrayNullsAreEachReported() throws Exception {
        JsonNode bad = json(CUSTOMER.replace("'email':'a@b.c',", "").replace("'livemode':false", "'livemode':'no'")
                .replace("'createdAt':'2026-01-01T00:00:00.000Z'", "'createdAt':null"));
        assertThat(checker.check(bad, "Customer")).containsExactlyInAnyOrder(
                "$.email: required, but absent",
                "$.livemode: expected a boolean, got \"no\"",
                "$.createdAt: expected a string, got null");
    }

    @Test
    void fieldsTheTypeDoesNotDeclareAreReported() throws Exception {
        JsonNode extra = json(CUSTOMER.replace("'livemode':false", "'livemode':false,'secret':'x'"));
        assertThat(checker.check(extra, "Customer")).containsExactly("$.secret: not declared by the type (value \"x\")");
    }

    @Test
    void literalsEnumsArraysAndNullableUnionsAreHonoured() throws Exception {
        assertThat(checker.check(json("'canceled'"), "SubscriptionStatus")).isEmpty();
        assertThat(checker.check(json("'paused'"), "SubscriptionStatus")).hasSize(1);
        assertThat(checker.check(json("{'id':'x','deleted':true}"), "{ id: string; deleted: true; }")).isEmpty();
        assertThat(checker.check(json("{'id':'x','deleted':false}"), "{ id: string; deleted: true; }"))
                .containsExactly("$.deleted: expected the literal true, got false");
        assertThat(checker.check(json("null"), "Subscription | null")).isEmpty();
        assertThat(checker.check(json("[{'a':1},{'a':'2'}]"), "Array<{ a: number; b?: string; }>"))
                .containsExactly("$[1].a: expected a number, got \"2\"");
        assertThat(checker.check(json("{'k':1,'j':null}"), "Record<string, unknown> | null")).isEmpty();
    }

    @Test
    void anUnknownTypeNameIsAHarnessErrorNotAPass() {
        assertThatThrownBy(() -> checker.check(json("{}"), "NoSuchType")).hasMessageContaining("NoSuchType");
    }

    /** Every field type the interop test can meet parses, and every name in it resolves in the catalog. */
    @Test
    void everyTypeReachableFromTheRestApiAndTheEventsResolves() throws Exception {
        JsonNode root = JSON.readTree(Path.of(System.getProperty("billhook.catalog", "../contract/commet-catalog.json")).toFile());
        List<String> roots = new ArrayList<>();
        root.path("restApi").path("endpoints").forEach(e -> roots.add(e.path("dataType").asText()));
        root.path("events").forEach(e -> e.path("fields").forEach(f -> roots.add(f.path("type").asText())));
        List<String> unresolved = new ArrayList<>();
        List<String> pending = new ArrayList<>(roots);
        Set<String> seen = new HashSet<>();
        Pattern name = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");
        Set<String> parameters = Set.of("T", "E", "D"); // generic parameters, bound where used
        while (!pending.isEmpty()) {
            String type = pending.remove(pending.size() - 1);
            TsType.parse(type); // throws on a construct the parser does not know
            Matcher m = name.matcher(type.replaceAll("\"[^\"]*\"|`[^`]*`", ""));
            while (m.find()) {
                String n = m.group();
                if (List.of("Array", "Record").contains(n) || parameters.contains(n) || !seen.add(n)) continue;
                CATALOG.definition(n).ifPresentOrElse(d -> {
                    if (d instanceof Catalog.Interface i) i.fields().forEach(f -> pending.add(f.type()));
                    if (d instanceof Catalog.Alias a) pending.add(a.type());
                }, () -> unresolved.add(n));
            }
        }
        assertThat(unresolved).as("type names the catalog does not define").isEmpty();
    }
}
