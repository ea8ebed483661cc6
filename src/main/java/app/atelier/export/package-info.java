/**
 * Leaving with the result, and coming back with it: the board as JSON (re-importable: {@code SnapshotService},
 * {@code ImportValidator}, {@code ImportWriter}), Markdown and CSV, and the PDF decision report. Reads the board,
 * its decisions and its discussion; nothing depends on it.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page", "decision",
        "discussion", "image", "jury", "capsule", "action", "workspace"})
package app.atelier.export;

import org.springframework.modulith.ApplicationModule;
