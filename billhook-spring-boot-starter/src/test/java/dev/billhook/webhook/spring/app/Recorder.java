package dev.billhook.webhook.spring.app;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the handlers saw, in order. */
@Component
public class Recorder {
    private final List<String> seen = new CopyOnWriteArrayList<>();

    public void record(String entry) {
        seen.add(entry);
    }

    public List<String> seen() {
        return List.copyOf(seen);
    }

    public void clear() {
        seen.clear();
    }
}
