/**
 * Talking about the cards and converging: comments (their own collection, live in the card sheet), named groups
 * (the patterns of a Mur des Fails) and evidence (the cards that back a golden rule). Removes a card's comments
 * when the card is deleted.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page",
        "board::api"})
package app.atelier.discussion;

import org.springframework.modulith.ApplicationModule;
