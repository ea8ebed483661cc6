package app.atelier.board;

import app.atelier.base.InvalidInputException;
import app.atelier.security.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A board: its title and the template that gives its zones. Cards live in their own collection
 * (see {@link Card}) so that concurrent edits touch small documents and a board never grows without bound.
 */
@Document("boards")
public class Board {
    @Id
    private String id;
    private String title;
    private String templateId;
    /** The workspace it belongs to: only its members list it, and its admins see it. */
    @Indexed
    private String workspaceId;
    private String createdBy;
    /** The language the board works in (fr or en): its exports and report are written in it. */
    private String language;
    @Indexed
    private Instant createdAt;
    /** The session: current phase and what the facilitator locked (the board, whole zones). */
    private Phase phase;
    private boolean locked;
    private Set<String> lockedZones;
    private VoteSettings vote;
    /** Private writing: each participant sees only their own cards until the facilitator reveals. */
    private boolean privateWriting;
    /** Anonymous: nobody's name goes with their cards, to browsers, the API or exports. */
    private boolean anonymous;
    private TimerState timer;
    /** The card the facilitator brings into everyone's focus (the fail being presented), or null. */
    private String spotlightCardId;
    /** The small groups the participants work in, if the facilitator split them (none otherwise). */
    private List<BreakoutGroup> breakoutGroups;
    /** The action plan's follow-up (see {@link FollowUp}); null until an action is made. */
    private FollowUp followUp;
    /** The time capsule's seal, once a facilitator sealed the board (null before). */
    private CapsuleSeal capsule;
    /** Crowd mode (phones with a join code), once a facilitator turned it on. */
    private Crowd crowd;
    @Version
    private Long version;

    protected Board() {
    }

    public Board(String workspaceId, String title, String templateId, String createdBy, Instant createdAt,
                 Phase phase) {
        this.workspaceId = workspaceId;
        this.title = title;
        this.templateId = templateId;
        this.createdBy = createdBy;
        this.phase = phase;
        this.createdAt = createdAt;
    }

    /**
     * A board read back from an export, its session as exported. Its id is chosen before it is stored, so an import
     * that fails midway can remove it.
     */
    public static Board imported(String id, String workspaceId, String title, String templateId, Actor owner,
                                 Instant createdAt, Phase phase, Locale language, boolean anonymous) {
        Board board = new Board(workspaceId, title, templateId, owner.id(), createdAt, phase);
        board.id = id;
        board.setLanguage(language);
        board.anonymous = anonymous;
        return board;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public String getTemplateId() {
        return templateId;
    }

    /**
     * A board's language from a language tag ({@code fr}, {@code en}, {@code fr-CA}, …); anything else is refused
     * rather than silently becoming English.
     */
    public static Locale language(String tag) {
        Locale locale = tag == null || tag.isBlank() ? null : Locale.forLanguageTag(tag.strip());
        if (locale != null && (locale.getLanguage().equals("fr") || locale.getLanguage().equals("en"))) {
            return Locale.of(locale.getLanguage());
        }
        throw new InvalidInputException("language", "error.language.unknown", tag);
    }

    public Locale getLanguage() {
        return "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
    }

    void setLanguage(Locale locale) {
        this.language = Locale.FRENCH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? "fr" : "en";
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Phase getPhase() {
        return phase == null ? Phase.WRITE : phase;
    }

    public boolean isLocked() {
        return locked;
    }

    public Set<String> getLockedZones() {
        return lockedZones == null ? Set.of() : Set.copyOf(lockedZones);
    }

    public boolean isZoneLocked(String zone) {
        return lockedZones != null && lockedZones.contains(zone);
    }

    public boolean isPrivateWriting() {
        return privateWriting;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public TimerState getTimer() {
        return timer == null ? TimerState.reset(TimerState.DEFAULT) : timer;
    }

    public String getSpotlightCardId() {
        return spotlightCardId;
    }

    public List<BreakoutGroup> getBreakoutGroups() {
        return breakoutGroups == null ? List.of() : List.copyOf(breakoutGroups);
    }

    /** The group this person works in, if any. */
    public Optional<BreakoutGroup> breakoutGroupOf(String personId) {
        return getBreakoutGroups().stream().filter(g -> g.has(personId)).findFirst();
    }

    public FollowUp getFollowUp() {
        return followUp == null ? FollowUp.NONE : followUp;
    }

    public Crowd getCrowd() {
        return crowd == null ? Crowd.OFF : crowd;
    }

    public CapsuleSeal getCapsule() {
        return capsule;
    }

    /** A sealed time capsule: its content is out of everyone's reach until it opens. */
    public boolean isSealed() {
        return capsule != null && capsule.isSealed();
    }

    public VoteSettings getVote() {
        return vote == null ? VoteSettings.none() : vote;
    }

    public Long getVersion() {
        return version;
    }
}
