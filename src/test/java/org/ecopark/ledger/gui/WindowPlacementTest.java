package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.ecopark.ledger.logic.WindowBounds;
import org.junit.jupiter.api.Test;

/** Where the window opens, as a pure rule: the saved place when it fits a screen, else centred and never too big. */
class WindowPlacementTest {

    /** A 1366 x 768 laptop with a 40 px task bar at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    /** A full HD monitor to the laptop's right. */
    private static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void withoutASavedPlaceTheWindowIsAsBigAsTheScreenAllowsAndCentredBelowItsTopEdge() {
        WindowBounds bounds = WindowPlacement.place(Optional.empty(), List.of(LAPTOP), LAPTOP);

        assertThat(bounds).isEqualTo(new WindowBounds(43, 0, 1280, 728, false));
    }

    @Test
    void onALargeScreenTheWindowIsTheDesignedSizeCentredInTheVisualBounds() {
        Rectangle2D screen = new Rectangle2D(0, 30, 1920, 1050);

        assertThat(WindowPlacement.place(Optional.empty(), List.of(screen), screen))
                .isEqualTo(new WindowBounds(320, 155, 1280, 800, false));
    }

    @Test
    void aSavedPlaceInsideAScreenIsRestoredWithItsMaximisedState() {
        WindowBounds saved = new WindowBounds(1500, 100, 1200, 700, true);

        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP, MONITOR), LAPTOP)).isEqualTo(saved);
    }

    @Test
    void aSavedPlaceFillingTheScreenExactlyIsRestored() {
        WindowBounds saved = new WindowBounds(0, 0, 1366, 728, false);

        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP), LAPTOP)).isEqualTo(saved);
    }

    @Test
    void aSavedPlaceAboveTheScreenFallsBackToTheDefault() {
        WindowBounds saved = new WindowBounds(43, -11, 1280, 700, false);

        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowBounds(43, 0, 1280, 728, false));
    }

    @Test
    void aSavedPlaceBiggerThanTheScreenFallsBackToTheDefault() {
        WindowBounds saved = new WindowBounds(0, 0, 1280, 800, false);

        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowBounds(43, 0, 1280, 728, false));
    }

    @Test
    void aSavedPlaceOnAMonitorNoLongerAttachedFallsBackToThePrimaryScreenButStaysMaximised() {
        WindowBounds saved = new WindowBounds(1500, 100, 1200, 700, true);

        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowBounds(43, 0, 1280, 728, true));
    }

    @Test
    void aSavedPlaceStraddlingTwoScreensFallsBackToTheDefault() {
        WindowBounds saved = new WindowBounds(1000, 100, 800, 600, false);

        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP, MONITOR), LAPTOP))
                .isEqualTo(new WindowBounds(43, 0, 1280, 728, false));
    }

    @Test
    void aSavedPlaceWithoutSizeFallsBackToTheDefault() {
        WindowBounds saved = new WindowBounds(10, 10, 0, 0, false);

        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowBounds(43, 0, 1280, 728, false));
    }
}
