package app.atelier.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.base.ui.MainLayout;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import org.springframework.security.core.Authentication;
import app.atelier.security.ui.LoginView;
import app.atelier.support.People;
import app.atelier.template.BoardTemplate;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest
class HomeViewTest {
    @Autowired
    ApplicationContext spring;
    @Autowired
    BoardService service;
    @Autowired
    People people;

    private SecuredBrowserlessApplicationContext<Authentication> app;
    private BrowserlessUIContext window;
    private AtelierUser anaUser;
    private Actor ana;

    @BeforeEach
    void setUp() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, HomeView.class, MainLayout.class,
                LoginView.class);
        anaUser = people.account("Ana");
        ana = anaUser.actor();
    }

    private BrowserlessUIContext signedIn() {
        return app.newUser(People.authentication(anaUser)).newWindow();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void boardsAreListedNewestFirst() {
        Board older = service.createBoard(ana, "Atelier ancien", "value-proposition");
        Board newer = service.createBoard(ana, "Atelier récent", "mur-des-fails");
        window = signedIn();

        HomeView home = window.navigate(HomeView.class);

        List<String> titles = home.boardList.getChildren()
                .map(item -> item.getChildren().findFirst().map(c -> ((RouterLink) c).getText()).orElse(""))
                .toList();
        assertThat(titles.indexOf(newer.getTitle())).isLessThan(titles.indexOf(older.getTitle()));
    }

    @Test
    void everyTemplateIsOffered() {
        window = signedIn();
        HomeView home = window.navigate(HomeView.class);
        assertThat(home.template.getListDataView().getItems().map(BoardTemplate::id).toList())
                .containsExactly("value-proposition", "brand-promise", "mur-des-fails", "swot", "aarrr", "detox-day",
                        "shadow-cmo-debrief", "hackathon-pitch", "time-capsule");
    }

    @Test
    void creatingABoardOpensIt() {
        window = signedIn();
        HomeView home = window.navigate(HomeView.class);
        window.test(home.title).setValue("Brand promise Q1");
        window.test(home.template).selectItem("Brand promise");
        window.test(home.create).click();

        assertThat(window.getCurrentView()).isInstanceOf(BoardView.class);
        Board created = ((BoardView) window.getCurrentView()).board();
        assertThat(created.getTitle()).isEqualTo("Brand promise Q1");
        assertThat(created.getTemplateId()).isEqualTo("brand-promise");
    }

    @Test
    void aBoardWithoutTitleIsRefusedWithAMessage() {
        int before = service.listBoards(ana, null).size();
        window = signedIn();
        HomeView home = window.navigate(HomeView.class);
        window.test(home.create).click();

        assertThat(home.title.isInvalid()).isTrue();
        assertThat(home.title.getErrorMessage()).isEqualTo("The board needs a title.");
        assertThat(window.getCurrentView()).isSameAs(home);
        assertThat(service.listBoards(ana, null)).hasSize(before);
    }

    @Test
    void anUnknownBoardShowsNotFound() {
        window = signedIn();
        window.navigate("boards/000000000000000000000000", com.vaadin.flow.component.Component.class);
        assertThat(window.getCurrentView()).isNotInstanceOf(BoardView.class);
        assertThat(window.getCurrentView().getElement().getTextRecursively()).contains("This board does not exist.");
    }

    @Test
    void onlyMyBoardsAreListed() {
        Board mine = service.createBoard(ana, "Le mien", "value-proposition");
        Actor zoe = people.account("Zoé").actor();
        Board theirs = service.createBoard(zoe, "Pas le mien", "value-proposition");
        window = signedIn();
        HomeView home = window.navigate(HomeView.class);

        String listed = home.boardList.getElement().getTextRecursively();
        assertThat(listed).contains(mine.getTitle()).doesNotContain(theirs.getTitle());
    }

    @Test
    void withoutAnAccountHomeAsksToSignIn() {
        window = app.newUser().newWindow();
        window.navigate("", com.vaadin.flow.component.Component.class);
        assertThat(window.getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theHeaderLinksHome() {
        window = signedIn();
        window.navigate(HomeView.class);
        assertThat(window.find(Anchor.class).withClassName("brand").single().getHref()).isEmpty();
    }
}
