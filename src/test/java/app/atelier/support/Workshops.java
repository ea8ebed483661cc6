package app.atelier.support;

import app.atelier.board.BoardService;
import app.atelier.security.AtelierUser;
import org.springframework.stereotype.Component;

/** Starts a {@link Workshop}: a facilitator signs up and creates a board from a template. */
@Component
public class Workshops {
    private final People people;
    private final BoardService boards;

    Workshops(People people, BoardService boards) {
        this.people = people;
        this.boards = boards;
    }

    public Workshop start(String facilitatorName, String title, String template) {
        AtelierUser facilitator = people.account(facilitatorName);
        return new Workshop(people, boards, facilitator,
                boards.createBoard(facilitator.actor(), title, template));
    }
}
