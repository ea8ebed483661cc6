/**
 * Who acts and how they prove it: accounts and sign-in, personal API tokens, rate limits, the filter chains and
 * security headers, {@code Actor} (a signed-in person, a guest or the system).
 */
@ApplicationModule(allowedDependencies = "base")
package app.atelier.security;

import org.springframework.modulith.ApplicationModule;
