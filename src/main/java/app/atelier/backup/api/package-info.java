/** {@code /api/admin/backup} and {@code /api/admin/restore}. */
package app.atelier.backup.api;
