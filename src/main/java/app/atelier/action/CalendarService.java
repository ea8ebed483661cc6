package app.atelier.action;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.base.ForbiddenException;
import app.atelier.base.LimitReachedException;
import app.atelier.base.NotFoundException;
import app.atelier.base.PublicUrls;
import app.atelier.base.SealedException;
import app.atelier.board.Board;
import app.atelier.board.BoardWrites;
import app.atelier.security.Actor;
import app.atelier.security.Secrets;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Actions' due dates as iCalendar (RFC 5545) feeds, so they land in people's calendars: one all-day event per action
 * on its due date, with its owner, status and note, and a link back to its board. A feed's URL holds a secret (only
 * its hash is stored), is shown once, and can be revoked.
 */
@Service
public class CalendarService {
    /** How many feeds a person may have active at once. */
    static final int MAX_ACTIVE = 20;

    private final ActionService actions;
    private final AccessService access;
    private final BoardWrites writes;
    private final MongoTemplate mongo;
    private final PublicUrls urls;
    private final I18NProvider i18n;
    private final Clock clock;

    CalendarService(ActionService actions, AccessService access, BoardWrites writes, MongoTemplate mongo,
                    PublicUrls urls, I18NProvider i18n, Clock clock) {
        this.actions = actions;
        this.access = access;
        this.writes = writes;
        this.mongo = mongo;
        this.urls = urls;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** A new feed and the only copy of its URL. */
    public record NewFeed(CalendarFeed feed, String url) {
    }

    /** A feed of the board's actions (facilitators). */
    public NewFeed createForBoard(Actor facilitator, String boardId) {
        access.requireFacilitator(facilitator, boardId);
        return create(facilitator, CalendarFeed.Kind.BOARD, boardId);
    }

    /** A feed of this person's own actions, on every board (accounts: a guest's identity ends with its browser). */
    public NewFeed createForOwner(Actor actor) {
        if (!actor.isAccount()) {
            throw new ForbiddenException("error.access.accountOnly");
        }
        return create(actor, CalendarFeed.Kind.OWNER, null);
    }

    private NewFeed create(Actor actor, CalendarFeed.Kind kind, String boardId) {
        if (feeds(actor).stream().filter(CalendarFeed::active).count() >= MAX_ACTIVE) {
            throw new LimitReachedException("error.calendar.tooMany", MAX_ACTIVE);
        }
        String secret = Secrets.newSecret();
        CalendarFeed feed = mongo.insert(new CalendarFeed(new ObjectId().toHexString(), Secrets.hash(secret), kind,
                boardId, actor.id(), clock.instant(), null));
        return new NewFeed(feed, urls.base() + "/calendar/" + secret + ".ics");
    }

    /** The feeds this person made, newest first. */
    public List<CalendarFeed> feeds(Actor actor) {
        return mongo.find(Query.query(where("createdBy").is(actor.id())), CalendarFeed.class).stream()
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).toList();
    }

    /** Revokes one of this person's feeds: its URL answers 404 from now on. */
    public void revoke(Actor actor, String feedId) {
        CalendarFeed feed = feedId == null ? null : mongo.findById(feedId, CalendarFeed.class);
        if (feed == null || !feed.createdBy().equals(actor.id())) {
            throw new NotFoundException("error.calendar.notFound", feedId);
        }
        mongo.save(new CalendarFeed(feed.id(), feed.secretHash(), feed.kind(), feed.boardId(), feed.createdBy(),
                feed.createdAt(), clock.instant()));
    }

    /**
     * The feed behind this secret as an iCalendar file, if the secret is one of an active feed whose maker still may
     * see those actions (a facilitator who left the board, or a revoked feed, gives nothing).
     */
    public Optional<byte[]> render(String secret, Locale locale) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        CalendarFeed feed = mongo.findOne(Query.query(where("secretHash").is(Secrets.hash(secret))),
                CalendarFeed.class);
        if (feed == null || !feed.active()) {
            return Optional.empty();
        }
        Actor maker = Actor.account(feed.createdBy(), "");
        List<Action> listed;
        try {
            listed = feed.kind() == CalendarFeed.Kind.BOARD ? actions.plan(maker, feed.boardId()) : actions.mine(maker);
        } catch (NotFoundException | ForbiddenException | SealedException gone) {
            return Optional.empty();
        }
        return Optional.of(ics(listed, locale));
    }

    /** A reminder the day before an open action is due, at 9:00 (its due date's midnight minus 15 hours). */
    private VAlarm reminder(Action action, Locale locale) {
        VAlarm alarm = new VAlarm(java.time.Duration.ofHours(-15));
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(i18n.getTranslation("calendar.reminder", locale, action.what())));
        return alarm;
    }

    byte[] ics(List<Action> listed, Locale locale) {
        Calendar calendar = new Calendar().add(new ProdId("-//Atelier//Actions//" + locale.getLanguage().toUpperCase(
                Locale.ROOT))).add(ImmutableVersion.VERSION_2_0).add(ImmutableCalScale.GREGORIAN);
        Instant now = clock.instant();
        Map<String, Board> boards = new HashMap<>(); // each board read once, however many actions it has
        for (Action action : listed) {
            Board board = boards.computeIfAbsent(action.boardId(), writes::board);
            String status = i18n.getTranslation("action.status." + action.status().id(), locale);
            String description = i18n.getTranslation("calendar.description", locale, action.ownerName(), status,
                    board.getTitle()) + (action.note().isEmpty() ? "" : "\n" + action.note());
            VEvent event = new VEvent(action.due(), action.due().plusDays(1), action.what())
                    .add(new Uid(action.id() + "@atelier"))
                    .add(new DtStamp(now))
                    .add(new Description(description))
                    .add(new Status(action.status() == ActionStatus.DROPPED ? Status.VALUE_CANCELLED
                            : Status.VALUE_CONFIRMED));
            String base = urls.base();
            if (!base.isEmpty()) { // the board, opened on the card the action carries out
                event.add(new Url(URI.create(base + "/boards/" + action.boardId() + "?card=" + action.cardId())));
            }
            if (action.status().open()) {
                event.add(reminder(action, locale));
            }
            calendar.add(event);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
