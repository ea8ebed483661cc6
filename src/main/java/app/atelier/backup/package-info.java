/**
 * Backup and restore of a whole installation: every collection of the store (boards, cards, comments, images,
 * templates, accounts without their passwords, the event log, …) in one archive, read twice until both readings
 * agree (so the archive is one moment of the installation), and restored into an empty installation. For its
 * administrators only.
 */
@ApplicationModule(allowedDependencies = {"base", "security"})
package app.atelier.backup;

import org.springframework.modulith.ApplicationModule;
