package app.atelier.base;

/** Whoever is signed in, as the app shell shows them: the shell needs the name, not the security module. */
public interface SignedInPerson {
    String displayName();
}
