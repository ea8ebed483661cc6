/**
 * The session a facilitator steers: the phase of the template's agenda, private writing and anonymity, the
 * countdown, the spotlight and the presenter queue, locks on the board, a zone or a card. The state lives on the
 * board (its rules decide who may write); this module owns the commands that change it, their API and their UI.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page",
        "board::api"})
package app.atelier.session;

import org.springframework.modulith.ApplicationModule;
