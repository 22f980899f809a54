package org.ecopark.ledger.gui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window in English opens the English guide. */
class HelpWindowEnglishTest extends GuideWindowHarness {

    @Override
    Locale language() {
        return Locale.ENGLISH;
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void f1OnTheStatisticsOpensTheEnglishChapter(FxRobot robot) throws Exception {
        openLedger(robot);

        assertThat(pressF1On(robot, Section.STATISTICS)).isEqualTo("Entering records");
        assertThat(robot.lookup("#guide-anchor-statistics").queryLabeled().getText()).isEqualTo("Statistics");
        assertThat(robot.lookup("#guide-chapters").queryListView().getItems()).extracting(Object::toString)
                .containsExactly("Getting started: a ledger for your park", "Entering records",
                        "Collecting from enterprises", "Reading a status", "Export and send", "The bureau's ledger",
                        "Backup, restore and encryption", "Keyboard shortcuts");
    }

    @Test
    void theHelpMenuSaysUserGuide(FxRobot robot) throws Exception {
        openLedger(robot);
        robot.clickOn("#menu-help").clickOn("#menu-guide");

        assertThat(shownTitle(robot)).isEqualTo("Reading a status");
    }
}
