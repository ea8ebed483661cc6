package app.atelier.participant;

import app.atelier.base.InvalidInputException;
import java.util.UUID;

/**
 * A person on Atelier, known for now by a display name chosen on the first visit (accounts come later).
 * {@code id} tells two people of the same name apart.
 */
public record Participant(String id, String name) {
    public static final int MAX_NAME = 60;

    public static Participant named(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new InvalidInputException("name", "name.required", MAX_NAME);
        }
        return new Participant(UUID.randomUUID().toString(), clean);
    }
}
