package app.atelier.workspace;

import app.atelier.base.InstallationRestored;
import app.atelier.security.AccountCreated;
import app.atelier.security.AccountService;
import app.atelier.security.AtelierUser;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Where people land. The default workspace exists on every installation; on the first start with workspaces, every
 * account that existed before joins it (the boards and templates move there too, see the board and template
 * modules). A new account joins it when {@code atelier.workspaces.join-default} is on (the default: a small
 * installation works as before), else waits for an admin to add them or makes a workspace of their own; either way
 * they take the places an admin kept for their e-mail ({@link WorkspaceService#invite}). Whoever
 * joins the default workspace while it has no admin becomes its admin, as does the configured administrator.
 */
@Component
class WorkspaceSeating implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(WorkspaceSeating.class);

    private final WorkspaceService service;
    private final WorkspaceMemberRepository members;
    private final AccountService accounts;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final boolean joinDefault;
    private final String defaultName;

    WorkspaceSeating(WorkspaceService service, WorkspaceMemberRepository members, AccountService accounts,
                     MongoTemplate mongo, Clock clock,
                     @Value("${atelier.workspaces.join-default:true}") boolean joinDefault,
                     @Value("${atelier.workspaces.default-name:Atelier}") String defaultName) {
        this.service = service;
        this.members = members;
        this.accounts = accounts;
        this.mongo = mongo;
        this.clock = clock;
        this.joinDefault = joinDefault;
        this.defaultName = defaultName;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureDefault();
        // once per installation, on whichever node gets there first
        Workspace claimed = mongo.findAndModify(Query.query(Criteria.where("_id").is(WorkspaceService.DEFAULT_ID)
                        .and("seeded").ne(true)), new Update().set("seeded", true),
                FindAndModifyOptions.options().returnNew(true), Workspace.class);
        if (claimed != null) {
            int seated = seatEveryoneWithoutWorkspace();
            log.info("Workspaces introduced: {} existing accounts joined the default workspace", seated);
        }
    }

    /** An archive from before workspaces holds accounts in none: they join the default workspace, as on upgrade. */
    @EventListener
    void restored(InstallationRestored restored) {
        ensureDefault();
        seatEveryoneWithoutWorkspace();
    }

    @EventListener
    void accountCreated(AccountCreated account) {
        if (joinDefault || account.admin()) {
            ensureDefault();
            seatInDefault(account.accountId(), account.displayName(), account.email(), account.admin());
        }
        service.takeInvitations(account.accountId(), account.displayName(), account.email());
    }

    /** Who sits nowhere, from one read of every seat (a one-time step: at the first start, after a restore). */
    private int seatEveryoneWithoutWorkspace() {
        Set<String> seated = members.findAll().stream().map(WorkspaceMember::accountId).collect(Collectors.toSet());
        List<AtelierUser> nowhere = accounts.all().stream().filter(a -> !seated.contains(a.id())).toList();
        nowhere.forEach(a -> seatInDefault(a.id(), a.displayName(), a.email(), a.admin()));
        return nowhere.size();
    }

    private void seatInDefault(String accountId, String name, String email, boolean installationAdmin) {
        boolean hasAdmin = members.existsByWorkspaceIdAndRole(WorkspaceService.DEFAULT_ID, WorkspaceRole.ADMIN);
        service.seat(WorkspaceService.DEFAULT_ID, accountId, name, email,
                installationAdmin || !hasAdmin ? WorkspaceRole.ADMIN : WorkspaceRole.MEMBER);
    }

    private void ensureDefault() {
        if (mongo.exists(Query.query(Criteria.where("_id").is(WorkspaceService.DEFAULT_ID)), Workspace.class)) {
            return;
        }
        try {
            mongo.insert(new Workspace(WorkspaceService.DEFAULT_ID, defaultName, null, clock.instant(), false));
        } catch (DuplicateKeyException anotherNodeFirst) {
            // fine: it exists
        }
    }
}
