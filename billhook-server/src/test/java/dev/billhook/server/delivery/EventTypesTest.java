package dev.billhook.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billhook.server.api.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void theSubscribableTypesAreExactlyTheCatalogsInItsOrder() throws Exception {
        JsonNode catalog = Json.tree(Files.readString(Path.of("..", "contract", "commet-catalog.json")));
        List<String> types = new ArrayList<>();
        catalog.get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).hasSize(56);
        assertThat(EventTypes.known()).containsExactlyElementsOf(types);
        assertThat(EventTypes.isKnown(EventTypes.TEST)).isFalse();
    }
}
