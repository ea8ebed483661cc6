package app.atelier.crowd.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.board.BoardService;
import app.atelier.board.Crowd;
import app.atelier.crowd.CrowdIdea;
import app.atelier.crowd.CrowdService;
import app.atelier.support.ApiClient;
import app.atelier.support.EventClient;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The phone's page and its socket, as a phone speaks them: join, the step, ideas, a drop, moderators' decisions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneSocketTest {
    @LocalServerPort
    int port;
    @Autowired
    Workshops workshops;
    @Autowired
    CrowdService crowd;
    @Autowired
    BoardService boards;
    @Autowired
    app.atelier.session.SessionService sessions;

    private Workshop workshop;
    private String code;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Soirée <citoyenne>", "brand-promise");
        code = crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(true,
                Crowd.Step.WAIT, "promise", 140, false)).getCrowd().code();
    }

    private EventClient phone() throws Exception {
        return EventClient.connect(URI.create("ws://localhost:" + port + "/crowd/" + code + "/socket"), null);
    }

    private void setStep(Crowd.Step step, Boolean moderated) {
        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, step, null, null,
                moderated));
    }

    @Test
    void thePhonePageIsInThePhonesLanguageWithItsWordsAsTextAndAnUnknownCodeLeadsNowhere() throws Exception {
        ApiClient api = new ApiClient(port);
        ApiClient.Bytes page = api.fetch("/crowd/" + code, null, "Accept-Language", "fr-FR,fr;q=0.9");
        assertThat(page.status()).isEqualTo(200);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"fr\">", "Soirée &lt;citoyenne&gt;", "data-code=\"" + code + "\"",
                "Rejoindre", "/crowd/assets/phone.js").doesNotContain("<citoyenne>");
        assertThat(api.fetch("/crowd/assets/phone.js", null).status()).isEqualTo(200);
        assertThat(api.fetch("/crowd/ZZZZZZ", null).status()).isEqualTo(404);
    }

    @Test
    void aPhoneJoinsHearsTheStepSendsAnIdeaAndAfterADropComesBackAsItselfWithNothingTwice() throws Exception {
        String secret;
        String nonce = "3f2a9c";
        try (EventClient phone = phone()) {
            phone.send("{\"type\":\"hello\",\"name\":\"Camille\",\"lang\":\"fr\"}");
            JsonNode welcome = phone.next();
            assertThat(welcome.get("type").asString()).isEqualTo("welcome");
            secret = welcome.get("secret").asString();
            assertThat(phone.next().get("step").asString()).isEqualTo("wait");
            assertThat(phone.next().get("ideas")).isEmpty();

            phone.send("{\"type\":\"idea\",\"nonce\":\"early\",\"text\":\"trop tôt\"}");
            JsonNode refused = phone.next();
            assertThat(refused.get("type").asString()).isEqualTo("error");
            assertThat(refused.get("nonce").asString()).isEqualTo("early");
            assertThat(refused.get("message").asString()).contains("attendez");

            setStep(Crowd.Step.WRITE, null);
            JsonNode step = phone.next();
            assertThat(step.get("step").asString()).isEqualTo("write");
            assertThat(step.get("maxChars").asInt()).isEqualTo(140);
            assertThat(step.at("/zoneLabel/fr").asString()).isNotBlank();

            phone.send("{\"type\":\"idea\",\"nonce\":\"" + nonce + "\",\"text\":\"Des bancs à l’ombre\"}");
            JsonNode ack = phone.next();
            assertThat(ack.get("type").asString()).isEqualTo("ack");
            assertThat(ack.at("/idea/status").asString()).isEqualTo("on-board");
        }
        // the connection dropped before the phone knew: it sends the same idea again, as itself
        try (EventClient phone = phone()) {
            phone.send("{\"type\":\"hello\",\"secret\":\"" + secret + "\"}");
            assertThat(phone.next().get("secret").asString()).isEqualTo(secret);
            assertThat(phone.next().get("step").asString()).isEqualTo("write");
            assertThat(phone.next().get("ideas")).hasSize(1);
            phone.send("{\"type\":\"idea\",\"nonce\":\"" + nonce + "\",\"text\":\"Des bancs à l’ombre\"}");
            assertThat(phone.next().get("type").asString()).isEqualTo("ack");
        }
        assertThat(boards.cards(workshop.facilitator(), workshop.id())).as("0 lost, 0 duplicated").hasSize(1);
    }

    @Test
    void aModeratorsDecisionReachesThePhoneThatSentTheIdea() throws Exception {
        setStep(Crowd.Step.WRITE, true);
        try (EventClient phone = phone(); EventClient other = phone()) {
            phone.send("{\"type\":\"hello\"}");
            other.send("{\"type\":\"hello\"}");
            for (int i = 0; i < 3; i++) {
                phone.next();
                other.next();
            }
            phone.send("{\"type\":\"idea\",\"nonce\":\"x1\",\"text\":\"Hors sujet\"}");
            assertThat(phone.next().at("/idea/status").asString()).isEqualTo("waiting");
            CrowdIdea waiting = crowd.queue(workshop.facilitator(), workshop.id()).getFirst();
            crowd.reject(workshop.facilitator(), workshop.id(), waiting.id());
            JsonNode told = phone.next();
            assertThat(told.get("type").asString()).isEqualTo("idea");
            assertThat(told.at("/idea/status").asString()).isEqualTo("rejected");
            assertThat(other.poll(500)).as("only its author hears of it").isNull();
        }
    }

    @Test
    void malformedOrOutOfOrderMessagesGetAClearErrorAndChangeNothing() throws Exception {
        setStep(Crowd.Step.WRITE, null);
        try (EventClient phone = phone()) {
            phone.send("{\"type\":\"idea\",\"nonce\":\"n\",\"text\":\"avant bonjour\"}");
            assertThat(phone.next().get("code").asString()).isEqualTo("error.crowd.helloFirst");
            phone.send("not json");
            assertThat(phone.next().get("code").asString()).isEqualTo("error.json.malformed");
            phone.send("{\"type\":\"shout\"}");
            assertThat(phone.next().get("code").asString()).isEqualTo("error.crowd.unknownMessage");
        }
        assertThat(boards.cards(workshop.facilitator(), workshop.id())).isEmpty();
    }

    @Test
    void aLongIdeaComesInPartsWholeAndAMessageLongerThanAnyIdeaClosesTheSocket() throws Exception {
        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, Crowd.Step.WRITE, null,
                1000, false));
        // 1,000 characters: three of the socket's parts
        String text = ("« Des bancs » à l’ombre \\ 🌳 " + "x".repeat(20)).repeat(21).substring(0, 998) + "!";
        String wire = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                java.util.Map.of("type", "idea", "nonce", "long", "text", text));
        assertThat(wire.length()).isGreaterThan(2 * PhoneSocket.PART);
        try (EventClient phone = phone()) {
            phone.send("{\"type\":\"hello\"}");
            phone.next();
            phone.next();
            phone.next();
            phone.send(wire);
            JsonNode ack = phone.next();
            assertThat(ack.get("type").asString()).isEqualTo("ack");
            assertThat(ack.at("/idea/text").asString()).isEqualTo(text);

            phone.send("{\"type\":\"idea\",\"nonce\":\"huge\",\"text\":\""
                    + "x".repeat(PhoneSocket.MAX_MESSAGE) + "\"}");
            assertThat(phone.closed(5_000)).isTrue();
            assertThat(phone.closeReason()).startsWith("1009");
        }
        assertThat(boards.cards(workshop.facilitator(), workshop.id())).extracting(c -> c.getText())
                .containsExactly(text);
    }

    @Test
    void thePhonesSocketDeclinesCompressionThatBrowsersAskFor() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /crowd/" + code + "/socket HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.US_ASCII));
            StringBuilder head = new StringBuilder();
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                head.append(line.toLowerCase(java.util.Locale.ROOT)).append('\n');
            }
            assertThat(head.toString()).startsWith("http/1.1 101").contains("upgrade: websocket")
                    .doesNotContain("sec-websocket-extensions");
        }
    }

    @Test
    void whileAVoteIsOpenAPhoneSeesTheShortlistAsTextAndPutsItsDots() throws Exception {
        String card = workshop.card("promise", "Des <b>bancs</b>").getId();
        try (EventClient phone = phone()) {
            phone.send("{\"type\":\"hello\"}");
            for (int i = 0; i < 3; i++) {
                phone.next();
            }
            crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, Crowd.Step.VOTE,
                    null, null, null, java.util.List.of(card), 1));
            JsonNode step = phone.next();
            assertThat(step.get("step").asString()).isEqualTo("vote");
            assertThat(step.get("dots").asInt()).isEqualTo(1);
            assertThat(step.at("/shortlist/0/text").asString()).isEqualTo("Des <b>bancs</b>");
            phone.send("{\"type\":\"vote\",\"cardId\":\"" + card + "\",\"add\":true}");
            assertThat(phone.next().at("/dots/" + card).asInt()).isEqualTo(1);
            phone.send("{\"type\":\"vote\",\"cardId\":\"" + card + "\",\"add\":true}");
            assertThat(phone.next().get("code").asString()).isEqualTo("error.crowd.noDotsLeft");
            phone.send("{\"type\":\"react\",\"reaction\":\"👏\"}");
            assertThat(phone.next().get("type").asString()).isEqualTo("reacted");
        }
        assertThat(crowd.reactions(workshop.facilitator(), workshop.id())).containsEntry("👏", 1);
    }

    @Test
    void aPhoneNeverSeesACardItMayNotReadYetNorAnyonesName() throws Exception {
        sessions.updateSettings(workshop.facilitator(), workshop.id(), true, null); // private writing
        String mine = workshop.card("promise", "Aussi privée").getId();
        String pauls = workshop.card(workshop.guest("Paul", app.atelier.access.Role.PARTICIPANT), "promise",
                "Encore privée").getId();
        try (EventClient phone = phone()) {
            phone.send("{\"type\":\"hello\"}");
            for (int i = 0; i < 3; i++) {
                phone.next();
            }
            // the facilitator reads every card, so may shortlist cards still private to their authors
            crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, Crowd.Step.VOTE,
                    null, null, null, java.util.List.of(mine, pauls), 2));
            JsonNode hidden = phone.next();
            assertThat(hidden.get("shortlist")).isEmpty();
            assertThat(hidden.toString()).doesNotContain("privée");

            sessions.updateSettings(workshop.facilitator(), workshop.id(), false, null); // revealed
            JsonNode shown = phone.next();
            assertThat(shown.get("shortlist")).extracting(card -> card.get("text").asString())
                    .containsExactly("Aussi privée", "Encore privée");
            assertThat(shown.toString()).doesNotContain("Paul", "Fanny", "author");
        }
    }
}
