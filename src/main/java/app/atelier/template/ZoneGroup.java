package app.atelier.template;

/** A visual frame around zones (the Value Proposition Canvas' square value map and round customer profile). */
public record ZoneGroup(String id, String shape, Area area) {
}
