/** Who is on which board now. */
package app.atelier.presence;
