package org.ecopark.ledger.gui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.ecopark.ledger.logic.WindowBounds;

/**
 * Where the main window opens: where it was last closed when that place still lies whole inside one screen's
 * visual bounds (the screen without its task bar), else 1280 x 800 or the screen where it is smaller, centred
 * in the primary screen's visual bounds and never above its top edge. A pure rule, tested without a screen.
 */
public final class WindowPlacement {

    /** The size the window is designed for; a 1366 x 768 laptop gets less. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    private WindowPlacement() {
    }

    /**
     * @param saved   the window's place when it was last closed, if known
     * @param screens the visual bounds of every screen attached now
     * @param primary the visual bounds of the primary screen, where a window without a usable saved place opens
     */
    public static WindowBounds place(Optional<WindowBounds> saved, List<Rectangle2D> screens, Rectangle2D primary) {
        return saved.filter(bounds -> bounds.width() > 0 && bounds.height() > 0)
                .filter(bounds -> screens.stream().anyMatch(screen -> inside(bounds, screen)))
                .orElseGet(() -> standard(primary, saved.map(WindowBounds::maximised).orElse(false)));
    }

    /** The default place: centred in {@code screen}, as big as designed or as the screen allows. */
    public static WindowBounds standard(Rectangle2D screen, boolean maximised) {
        double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        double x = screen.getMinX() + Math.max(0, (screen.getWidth() - width) / 2);
        double y = screen.getMinY() + Math.max(0, (screen.getHeight() - height) / 2);
        return new WindowBounds(x, y, width, height, maximised);
    }

    static boolean inside(WindowBounds bounds, Rectangle2D screen) {
        return bounds.x() >= screen.getMinX() && bounds.y() >= screen.getMinY()
                && bounds.maxX() <= screen.getMaxX() && bounds.maxY() <= screen.getMaxY();
    }
}
