/** The avatars of the people on a board. */
package app.atelier.presence.ui;
