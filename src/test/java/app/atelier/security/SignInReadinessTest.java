package app.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Readiness for sign-ins, and the administrator's creation when several nodes start at once. */
class SignInReadinessTest {
    private static final String ADMIN = "admin@example.org";

    private final UserAccountRepository store = mock(UserAccountRepository.class);

    @Test
    void readyWhenTheStoreAnswersAndTheAdministratorExists() {
        when(store.findByEmail(ADMIN)).thenReturn(Optional.of(new UserAccount(ADMIN, "Admin", "{noop}x", true,
                Instant.now())));
        assertThat(readiness(ADMIN)).isEqualTo(Status.UP);
        assertThat(readiness(null)).as("no administrator configured").isEqualTo(Status.UP);
    }

    @Test
    void notReadyWhileTheAdministratorIsMissing() {
        when(store.findByEmail(ADMIN)).thenReturn(Optional.empty());
        assertThat(readiness(ADMIN)).isEqualTo(Status.DOWN);
    }

    @Test
    void notReadyWhenTheStoreDoesNotAnswer() {
        when(store.findByEmail(anyString())).thenThrow(new DataAccessResourceFailureException("no store"));
        when(store.existsById(anyString())).thenThrow(new DataAccessResourceFailureException("no store"));
        assertThat(readiness(ADMIN)).isEqualTo(Status.DOWN);
        assertThat(readiness(null)).isEqualTo(Status.DOWN);
    }

    @Test
    void anotherNodeCreatingTheAdministratorFirstDoesNotStopStartUp() {
        when(store.findByEmail(ADMIN)).thenReturn(Optional.empty());
        when(store.insert(any(UserAccount.class))).thenThrow(new DuplicateKeyException("E11000 duplicate key: email"));
        assertThatCode(accounts(ADMIN)::afterSingletonsInstantiated).doesNotThrowAnyException();
    }

    @Test
    void aRestoredAdministratorWithoutPasswordGetsTheConfiguredOneAtStart() {
        UserAccount restored = new UserAccount(ADMIN, "Admin", null, false, Instant.now());
        when(store.findByEmail(ADMIN)).thenReturn(Optional.of(restored));

        accounts(ADMIN).afterSingletonsInstantiated();

        verify(store).save(restored);
        assertThat(restored.isAdmin()).isTrue();
        assertThat(accounts(ADMIN).authenticate(ADMIN, "the admin password")).isPresent();
    }

    private Status readiness(String adminEmail) {
        return new SignInHealthIndicator(accounts(adminEmail)).health().getStatus();
    }

    private AccountService accounts(String adminEmail) {
        return new AccountService(store, PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.systemUTC(),
                true, true, adminEmail == null ? "" : adminEmail, adminEmail == null ? "" : "the admin password",
                event -> { });
    }
}
