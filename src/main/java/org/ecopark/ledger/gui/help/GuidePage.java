package org.ecopark.ledger.gui.help;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.ecopark.ledger.gui.help.GuideMarkdown.Block;
import org.ecopark.ledger.gui.help.GuideMarkdown.BulletList;
import org.ecopark.ledger.gui.help.GuideMarkdown.Heading;
import org.ecopark.ledger.gui.help.GuideMarkdown.Paragraph;
import org.ecopark.ledger.gui.help.GuideMarkdown.Span;
import org.ecopark.ledger.l10n.I18n;

/** A chapter's blocks as JavaFX nodes: headings as labels, text as text flows, pictures as image views. */
final class GuidePage {

    /** Space kept beside a picture inside the scroll pane's viewport: the page's padding, the scroll bar, the frame. */
    private static final double FIGURE_MARGIN = 80;

    private final VBox page = new VBox(10);
    private final Map<String, Node> anchors = new HashMap<>();

    /** @param width the width the page is shown in; pictures shrink to it, never grow beyond their size */
    GuidePage(List<Block> blocks, DoubleExpression width) {
        page.getStyleClass().add(HelpStyles.PAGE);
        page.setId("guide-content");
        for (Block block : blocks) {
            page.getChildren().add(node(block, width));
        }
    }

    VBox node() {
        return page;
    }

    /** The heading of an anchor, or null when the page has none of that name. */
    Node anchor(String anchor) {
        return anchors.get(anchor);
    }

    private Node node(Block block, DoubleExpression width) {
        if (block instanceof Heading heading) {
            return heading(heading);
        } else if (block instanceof Paragraph paragraph) {
            return flow(paragraph.spans());
        } else if (block instanceof BulletList list) {
            return list(list);
        }
        return figure((GuideMarkdown.Image) block, width);
    }

    private Node heading(Heading heading) {
        Label label = new Label(heading.text());
        label.setWrapText(true);
        label.getStyleClass().add(switch (heading.level()) {
            case 1 -> HelpStyles.TITLE;
            case 2 -> HelpStyles.HEADING;
            default -> HelpStyles.SUBHEADING;
        });
        if (heading.level() == 1) {
            label.setId("guide-chapter-title");
        }
        if (!heading.anchor().isEmpty()) {
            label.setId("guide-anchor-" + heading.anchor());
            anchors.put(heading.anchor(), label);
        }
        return label;
    }

    private static TextFlow flow(List<Span> spans) {
        TextFlow flow = new TextFlow();
        for (Span span : spans) {
            Text text = new Text(span.text());
            text.getStyleClass().add(switch (span.style()) {
                case BOLD -> HelpStyles.BOLD;
                case CODE -> HelpStyles.CODE;
                case PLAIN -> HelpStyles.TEXT;
            });
            flow.getChildren().add(text);
        }
        flow.setMinWidth(0);
        return flow;
    }

    private static Node list(BulletList list) {
        VBox items = new VBox(4);
        int number = 1;
        for (List<Span> item : list.items()) {
            Label mark = new Label(list.ordered() ? (number++) + "." : "•");
            mark.getStyleClass().add(HelpStyles.MARK);
            mark.setMinWidth(Region.USE_PREF_SIZE);
            TextFlow flow = flow(item);
            HBox.setHgrow(flow, Priority.ALWAYS);
            HBox row = new HBox(6, mark, flow);
            row.getStyleClass().add(HelpStyles.ITEM);
            items.getChildren().add(row);
        }
        return items;
    }

    private static Node figure(GuideMarkdown.Image block, DoubleExpression width) {
        Label caption = new Label(block.alt());
        caption.setWrapText(true);
        caption.getStyleClass().add(HelpStyles.CAPTION);
        try (InputStream in = GuidePage.class.getResourceAsStream(GuideChapter.IMAGES + block.file())) {
            if (in == null) {
                return missing(block.file());
            }
            Image image = new Image(in);
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.min(image.getWidth(), width.subtract(FIGURE_MARGIN)));
            StackPane frame = new StackPane(view);
            frame.getStyleClass().add(HelpStyles.FRAME);
            frame.setMaxWidth(Region.USE_PREF_SIZE);
            VBox figure = new VBox(4, frame, caption);
            figure.getStyleClass().add(HelpStyles.FIGURE);
            return figure;
        } catch (java.io.IOException e) {
            return missing(block.file());
        }
    }

    private static Node missing(String file) {
        Label label = new Label(I18n.tr("help.missingImage", file));
        label.getStyleClass().add(HelpStyles.MISSING);
        return label;
    }
}
