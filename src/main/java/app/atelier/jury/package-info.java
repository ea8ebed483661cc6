/**
 * A jury's scores (a hackathon's pitches): facilitators and observers (the jury) mark each scored card on the
 * format's criteria, 1 to 5; the results table ranks the cards by the sum of their average marks.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page",
        "board::api"})
package app.atelier.jury;

import org.springframework.modulith.ApplicationModule;
