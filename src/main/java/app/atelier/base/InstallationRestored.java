package app.atelier.base;

/**
 * A Spring application event, published in the restoring thread once a backup archive was written into this
 * installation: the features bring what an older archive lacks up to date, as they do at start-up.
 */
public record InstallationRestored() {
}
