package app.atelier.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * What the board page tests share: Ana's board, a Mur des Fails unless {@link #template} says otherwise
 * ({@link #workshop}), and people's pages on it
 * ({@link #pages}), opened before each test and closed after.
 */
@SpringBootTest
public abstract class BoardPageTests {
    @Autowired
    protected ApplicationContext spring;
    @Autowired
    protected Workshops workshops;

    protected Workshop workshop;
    protected BoardPages pages;

    /** The format of the board (a Mur des Fails unless a test says otherwise). */
    protected String template() {
        return "mur-des-fails";
    }

    @BeforeEach
    void openTheWorkshop() {
        workshop = workshops.start("Ana", "Mur des fails", template());
        pages = new BoardPages(spring, workshop);
    }

    @AfterEach
    void closeThePages() {
        pages.close();
    }
}
