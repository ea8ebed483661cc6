package app.atelier.security;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}): UP only once sign-ins can be served, i.e. the store answers
 * and the configured administrator exists. A load balancer then never sends a first sign-in too early.
 */
@Component
class SignInHealthIndicator implements HealthIndicator {
    private final AccountService accounts;

    SignInHealthIndicator(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Health health() {
        try {
            return accounts.readyForSignIns() ? Health.up().build()
                    : Health.down().withDetail("reason", "the configured administrator does not exist yet").build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
