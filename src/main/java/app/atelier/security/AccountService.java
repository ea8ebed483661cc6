package app.atelier.security;

import app.atelier.base.InvalidInputException;
import app.atelier.base.SecurityLog;
import app.atelier.base.UserText;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Accounts: sign-up (unless closed by {@code atelier.signup=false}), the first administrator, sign-in lookups. */
@Service
public class AccountService implements UserDetailsService, SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;
    public static final int MAX_NAME = 60;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final boolean signupOpen;
    /** Off: accounts sign in through single sign-on only (no password form, no sign-up, no token for a password). */
    private final boolean localPasswords;
    private final String adminEmail;
    private final String adminPassword;
    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwords, Clock clock,
                   @Value("${atelier.signup:true}") boolean signupOpen,
                   @Value("${atelier.local-passwords:true}") boolean localPasswords,
                   @Value("${atelier.admin.email:}") String adminEmail,
                   @Value("${atelier.admin.password:}") String adminPassword, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.signupOpen = signupOpen && localPasswords;
        this.localPasswords = localPasswords;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.events = events;
    }

    public boolean isSignupOpen() {
        return signupOpen;
    }

    public UserAccount signUp(String email, String displayName, String password) {
        if (!signupOpen) {
            SecurityLog.event("denied.signup", email, "sign-up is closed");
            throw new InvalidInputException("email", "error.signup.closed");
        }
        try {
            return store(newAccount(email, displayName, password, false));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("email", "error.email.taken");
        }
    }

    /**
     * The configured first administrator, created during start-up before the web server takes requests (so the
     * first sign-in cannot come too early), once: if another node starting at the same time inserted it first, the
     * unique e-mail index refuses this one, which is fine.
     */
    @Override
    public void afterSingletonsInstantiated() {
        createConfiguredAdmin();
    }

    void createConfiguredAdmin() {
        if (!adminConfigured()) {
            return;
        }
        Optional<UserAccount> existing = accounts.findByEmail(normalise(adminEmail));
        if (existing.isPresent()) {
            // restored from a backup, which carries no password: the configured one lets the administrator in
            if (existing.get().getPasswordHash() == null) {
                existing.get().becomeConfiguredAdmin(passwords.encode(adminPassword));
                accounts.save(existing.get());
                log.info("The administrator account {} had no password: set from configuration", normalise(adminEmail));
            }
            return;
        }
        try {
            UserAccount admin = store(newAccount(adminEmail, "Admin", adminPassword, true));
            log.info("Created the administrator account {}", admin.getEmail());
        } catch (DuplicateKeyException e) {
            log.info("The administrator account {} was created by another node", normalise(adminEmail));
        }
    }

    /** Whether sign-ins can be served: the store answers, and the configured administrator (if any) exists. */
    boolean readyForSignIns() {
        if (!adminConfigured()) {
            accounts.existsById("readiness-probe"); // a cheap read: throws if the store does not answer
            return true;
        }
        return accounts.findByEmail(normalise(adminEmail)).isPresent();
    }

    private boolean adminConfigured() {
        return !adminEmail.isBlank() && !adminPassword.isBlank();
    }

    /** A new account, checked (a misconfigured administrator fails start-up), not yet stored. */
    private UserAccount newAccount(String email, String displayName, String password, boolean admin) {
        String cleanEmail = normalise(email);
        if (!isEmail(cleanEmail)) {
            throw new InvalidInputException("email", "error.email.invalid");
        }
        String name = UserText.required("displayName", displayName, MAX_NAME, "name.required", "name.required");
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidInputException("password", "error.password.length", MIN_PASSWORD, MAX_PASSWORD);
        }
        return new UserAccount(cleanEmail, name, passwords.encode(password), admin, clock.instant());
    }

    private UserAccount store(UserAccount account) {
        UserAccount stored = accounts.insert(account);
        SecurityLog.event("account.created", stored.getId(), "email=" + stored.getEmail());
        events.publishEvent(new AccountCreated(stored.getId(), stored.getEmail(), stored.getDisplayName(),
                stored.isAdmin()));
        return stored;
    }

    public boolean localPasswords() {
        return localPasswords;
    }

    /**
     * E-mail and password, checked: the account, or empty (the caller logs and rate-limits failures). Empty when
     * local passwords are off, and for an account made by single sign-on (it has no password).
     */
    public Optional<AtelierUser> authenticate(String email, String password) {
        if (!localPasswords) {
            return Optional.empty();
        }
        return accounts.findByEmail(normalise(email))
                .filter(a -> password != null && a.getPasswordHash() != null
                        && passwords.matches(password, a.getPasswordHash()))
                .map(AtelierUser::of);
    }

    /**
     * The account of a person the identity provider vouched for, by e-mail: the existing one (made with a password
     * or by an earlier sign-on), else a new one without a password when {@code create} allows it; else empty.
     */
    public Optional<AtelierUser> signedOn(String email, String displayName, boolean create) {
        String cleanEmail = normalise(email);
        Optional<UserAccount> existing = accounts.findByEmail(cleanEmail);
        if (existing.isPresent() || !create) {
            return existing.map(AtelierUser::of);
        }
        if (!isEmail(cleanEmail)) {
            return Optional.empty();
        }
        String name = displayName == null ? "" : displayName.strip();
        try {
            name = UserText.required("displayName", name.substring(0, Math.min(name.length(), MAX_NAME)), MAX_NAME,
                    "name.required", "name.required");
        } catch (InvalidInputException unusable) { // none, or only invisible characters: the e-mail's local part
            name = cleanEmail.substring(0, cleanEmail.indexOf('@'));
        }
        try {
            return Optional.of(AtelierUser.of(store(new UserAccount(cleanEmail, name, null, false,
                    clock.instant()))));
        } catch (DuplicateKeyException e) { // the same person's first sign-on on two nodes at once
            return accounts.findByEmail(cleanEmail).map(AtelierUser::of);
        }
    }

    public Optional<AtelierUser> findById(String id) {
        return accounts.findById(id).map(AtelierUser::of);
    }

    /** The account with this e-mail (compared as sign-in compares it), if any. */
    public Optional<AtelierUser> findByEmail(String email) {
        return email == null ? Optional.empty() : accounts.findByEmail(normalise(email)).map(AtelierUser::of);
    }

    /** Every account, oldest first: for a one-time upgrade step, not for requests. */
    public List<AtelierUser> all() {
        return accounts.findAll(Sort.by("createdAt")).stream().map(AtelierUser::of).toList();
    }

    /** Which of these accounts exist, in one query by id. */
    public Set<String> existing(Collection<String> ids) {
        return accounts.findAllById(ids).stream().map(UserAccount::getId).collect(Collectors.toSet());
    }

    /** The sign-in form's lookup: no account signs in with a password while local passwords are off. */
    @Override
    public AtelierUser loadUserByUsername(String email) {
        return accounts.findByEmail(normalise(email)).filter(a -> localPasswords && a.getPasswordHash() != null)
                .map(AtelierUser::of).orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /** The e-mail as accounts store it (trimmed, lower case), if it is one. */
    public static Optional<String> cleanEmail(String email) {
        String clean = normalise(email);
        return isEmail(clean) ? Optional.of(clean) : Optional.empty();
    }

    private static boolean isEmail(String cleanEmail) {
        return cleanEmail.length() <= 254 && EMAIL.matcher(cleanEmail).matches();
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
