/** The person using this browser session (a display name for now). */
package app.atelier.participant;
