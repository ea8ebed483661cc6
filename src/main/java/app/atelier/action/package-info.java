/**
 * From agreement to action: an agreed card (or a decision, in a format whose zones decide) becomes actions with an
 * owner, a due date, a status and a progress note; owners see theirs across boards, facilitators the board's plan
 * with what is late, and run follow-ups live; due dates go to calendars as iCalendar feeds behind secret URLs.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page",
        "board::api"})
package app.atelier.action;

import org.springframework.modulith.ApplicationModule;
