package app.atelier.template;

/** A rectangle on the template's grid, 1-based like CSS grid lines. */
public record Area(int col, int row, int colSpan, int rowSpan) {
}
