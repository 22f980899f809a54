package org.ecopark.ledger.gui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.l10n.I18n;

/** An honest "coming" page for a section whose screen is not built yet. */
public final class PlaceholderView {

    private final String titleKey;

    public PlaceholderView(String titleKey) {
        this.titleKey = titleKey;
    }

    public Node build() {
        Label title = new Label(I18n.tr(titleKey));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label coming = new Label(I18n.tr("section.coming"));
        coming.setId("placeholder-coming");
        coming.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(12, title, coming);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add(Styles.PAGE);
        box.setId("placeholder-" + titleKey.replace('.', '-'));
        return box;
    }
}
