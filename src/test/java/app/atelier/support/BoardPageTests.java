package app.atelier.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * What the board page tests share: Ana's Mur des Fails ({@link #workshop}) and people's pages on it
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

    @BeforeEach
    void openTheWorkshop() {
        workshop = workshops.start("Ana", "Mur des fails", "mur-des-fails");
        pages = new BoardPages(spring, workshop);
    }

    @AfterEach
    void closeThePages() {
        pages.close();
    }
}
