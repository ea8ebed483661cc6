package app.atelier.base.store;

/**
 * A change to stored documents that a new version needs (a field older documents lack), made idempotent: every
 * node applies each one at start-up, and again after a backup archive was restored (an older archive lacks it
 * too). See the README's upgrade notes.
 */
public interface StoreUpgrade {
    void apply();
}
