/**
 * Dot voting: rounds a facilitator opens and closes, each person's ballot (its own collection, the source of truth
 * for the totals), the dots on the canvas and how many a person has left.
 */
package app.atelier.voting;
