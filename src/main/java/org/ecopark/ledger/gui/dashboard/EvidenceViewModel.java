package org.ecopark.ledger.gui.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.ecopark.ledger.gui.LatestLoad;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.DurableFiles;
import org.ecopark.ledger.logic.indicators.IndicatorException;
import org.ecopark.ledger.model.MilestoneEvidence;
import org.ecopark.ledger.model.Target;

/**
 * The evidence of a milestone target: what is recorded (newest first) and a form for a new piece: the
 * completion date (empty while the work is only in progress), a note and a file, which is kept in the
 * database so that the ledger file alone carries it to the bureau.
 */
public final class EvidenceViewModel {

    private final ViewContext context;
    private final Target target;
    private final Runnable onChanged;
    private final ObservableList<MilestoneEvidence> evidence = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> completedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final LatestLoad loads;

    /** @param onChanged runs after evidence was added or removed: the status may have changed */
    public EvidenceViewModel(ViewContext context, Target target, Runnable onChanged) {
        this.context = context;
        this.target = target;
        this.onChanged = onChanged;
        this.loads = new LatestLoad(context.executor());
    }

    /** Reads the evidence again; the form for a new piece keeps what is typed into it. */
    public void refresh() {
        var service = context.services().evaluation();
        loads.load(() -> service.milestoneEvidence(target.id()), evidence::setAll,
                error -> context.dialogs().showError(I18n.tr("indicators.detail.evidence.error"), error));
    }

    /** Records the form as a new piece of evidence; a refusal (nothing given, file too large) shows as the problem. */
    public void save() {
        var service = context.services().evaluation();
        LocalDate date = completedOn.get();
        String text = note.get() == null ? "" : note.get().strip();
        Path attached = file.get();
        problem.set("");
        run(() -> {
            byte[] content = null;
            String contentType = null;
            if (attached != null) {
                content = read(attached);
                contentType = probe(attached);
            }
            return service.recordMilestoneEvidence(target.id(), date, text.isEmpty() ? null : text,
                    attached == null ? null : attached.getFileName().toString(), contentType, content);
        }, saved -> {
            completedOn.set(null);
            note.set("");
            file.set(null);
            refresh();
            onChanged.run();
        });
    }

    public void delete(MilestoneEvidence piece) {
        var service = context.services().evaluation();
        run(() -> {
            service.deleteMilestoneEvidence(piece.id());
            return piece;
        }, deleted -> {
            refresh();
            onChanged.run();
        });
    }

    /** Writes the evidence's file to {@code destination} off the FX thread, then hands the path on. */
    public void exportFile(MilestoneEvidence piece, Path destination, Consumer<Path> then) {
        var service = context.services().evaluation();
        run(() -> {
            try {
                byte[] content = service.evidenceFile(piece.id());
                DurableFiles.write(destination, out -> out.write(content));
                return destination;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, then);
    }

    /** A fresh temporary place for a file opened from the ledger, under its own name. */
    public static Path temporaryCopy(MilestoneEvidence piece) throws IOException {
        Path folder = Files.createTempDirectory("ecopark-evidence-");
        folder.toFile().deleteOnExit();
        Path copy = folder.resolve(piece.fileName());
        copy.toFile().deleteOnExit();
        return copy;
    }

    private <T> void run(Supplier<T> work, Consumer<T> then) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        busy.set(true);
        task.setOnSucceeded(event -> {
            busy.set(false);
            then.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            busy.set(false);
            if (task.getException() instanceof IndicatorException refused) {
                problem.set(refused.getMessage());
            } else {
                context.dialogs().showError(I18n.tr("indicators.detail.evidence.error"), task.getException());
            }
        });
        context.executor().execute(task);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String probe(Path path) {
        try {
            String type = Files.probeContentType(path);
            return type == null ? "application/octet-stream" : type;
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    public ObservableList<MilestoneEvidence> evidence() {
        return evidence;
    }

    public ObjectProperty<LocalDate> completedOnProperty() {
        return completedOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Why the last save was refused, in the user's words; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
