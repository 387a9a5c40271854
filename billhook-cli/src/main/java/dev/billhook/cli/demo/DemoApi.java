package dev.billhook.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The few REST calls the demo makes, over real HTTP like any client would. Answers the
 * envelope's {@code data}; an error envelope becomes a {@link DemoFailure} with its message.
 */
final class DemoApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiUrl;
    private final String apiKey;

    DemoApi(String apiUrl, String apiKey) {
        this.apiUrl = apiUrl;
        this.apiKey = apiKey;
    }

    JsonNode get(String path) {
        return send(request(apiUrl + path).GET().build());
    }

    JsonNode post(String path, Object body) {
        return send(request(apiUrl + path).POST(json(body)).build());
    }

    /** Pays a checkout link with a test card, the way a script would (JSON instead of the form). */
    JsonNode payCheckout(String checkoutUrl, String card) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(checkoutUrl))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(json(java.util.Map.of("card", card)))
                .build();
        return send(request);
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("x-api-key", apiKey)
                .header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DemoFailure(request.method() + " " + request.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new DemoFailure(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + " with a body that is not JSON");
        }
        if (response.statusCode() / 100 != 2) {
            throw new DemoFailure(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode()
                    + ": " + body.path("error").path("message").asText(body.toString()));
        }
        return body.has("data") ? body.get("data") : body;
    }
}
