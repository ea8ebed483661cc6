/** Who is on which board now; its list is the named interface {@code presence-list} the board page shows. */
@ApplicationModule(allowedDependencies = {"base", "security"})
package app.atelier.presence;

import org.springframework.modulith.ApplicationModule;
