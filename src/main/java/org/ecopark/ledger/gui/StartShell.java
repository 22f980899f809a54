package org.ecopark.ledger.gui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.ecopark.ledger.l10n.I18n;

/**
 * What the window shows in its first frame, while the ledger opens and the real layout is built behind it: the
 * program's name and that the ledger is opening, on the main window's layout of menu bar, navigation and status bar
 * in the theme's colours. Made of shapes and text only, with no control and no style sheet, so that it paints before
 * the theme, the icons and the screens are loaded; {@link LedgerApp} then puts the main window in its place.
 */
final class StartShell {

    /** The colours of the theme (AtlantaFX Primer Light) the main window is drawn in. */
    private static final Color SUBTLE = Color.web("#f6f8fa");
    private static final Color DEFAULT = Color.WHITE;
    private static final Color BORDER = Color.web("#d0d7de");
    private static final Color FOREGROUND = Color.web("#24292f");
    private static final Color MUTED = Color.web("#57606a");
    /** The main window's navigation, menu bar and status bar, roughly: the places the real ones take. */
    private static final double NAVIGATION_WIDTH = 124;
    private static final double MENU_HEIGHT = 38;
    private static final double STATUS_HEIGHT = 44;

    private StartShell() {
    }

    static Parent build() {
        Text name = new Text(I18n.tr("app.title"));
        name.setFont(Font.font(null, FontWeight.BOLD, 26));
        name.setFill(FOREGROUND);
        Text opening = new Text(I18n.tr("start.opening"));
        opening.setFont(Font.font(14));
        opening.setFill(MUTED);
        VBox centre = new VBox(10, name, opening);
        centre.setAlignment(Pos.CENTER);
        centre.setBackground(fill(DEFAULT));

        BorderPane root = new BorderPane(centre);
        root.setId("start-shell");
        root.setTop(band(Double.MAX_VALUE, MENU_HEIGHT, new BorderWidths(0, 0, 1, 0)));
        root.setLeft(band(NAVIGATION_WIDTH, Double.MAX_VALUE, new BorderWidths(0, 1, 0, 0)));
        root.setBottom(band(Double.MAX_VALUE, STATUS_HEIGHT, new BorderWidths(1, 0, 0, 0)));
        root.setBackground(fill(DEFAULT));
        return root;
    }

    private static Region band(double width, double height, BorderWidths edge) {
        Region band = new Region();
        band.setBackground(fill(SUBTLE));
        band.setBorder(new Border(new BorderStroke(BORDER, BorderStrokeStyle.SOLID, null, edge)));
        if (width != Double.MAX_VALUE) {
            band.setPrefWidth(width);
            band.setMinWidth(width);
        }
        if (height != Double.MAX_VALUE) {
            band.setPrefHeight(height);
            band.setMinHeight(height);
        }
        return band;
    }

    private static Background fill(Color color) {
        return new Background(new BackgroundFill(color, null, Insets.EMPTY));
    }
}
