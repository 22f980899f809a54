package org.ecopark.ledger.logic;

/**
 * Where the main window was and how big, in screen coordinates of the outer window, and whether it was maximised.
 * x, y, width and height are the window's normal (not maximised) place, so that un-maximising returns to it.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximised) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }
}
