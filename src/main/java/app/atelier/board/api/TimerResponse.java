package app.atelier.board.api;


import org.springframework.modulith.NamedInterface;

/** The countdown as of this answer: running or not, its length and what remains (milliseconds). */
@NamedInterface("api")
public record TimerResponse(boolean running, long durationMs, long remainingMs) {
}
