package app.atelier.crowd.api;

import app.atelier.crowd.CrowdIdea;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes a phone reads (what it sent and what became of it), shared by the socket and its room. */
final class PhoneMessages {
    private PhoneMessages() {
    }

    static Map<String, Object> idea(CrowdIdea idea) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", idea.id());
        shape.put("nonce", idea.nonce());
        shape.put("text", idea.text());
        shape.put("status", idea.status().id());
        shape.put("sentAt", idea.sentAt().toString());
        return shape;
    }
}
