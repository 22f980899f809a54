package org.ecopark.ledger.gui.bureau;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.PackageIntake;
import org.ecopark.ledger.logic.bureau.PackageReturn;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.Park;

/**
 * 报送情况: the period chosen (a year or quarter of the parks' plans, or the whole plan), every park of the bureau with
 * where it stands for it, receiving packages in the background and returning a received one. What the logic refuses
 * is said in its own sentence; only what it did not expect goes to the error dialog.
 */
public final class StatusViewModel {

    /**
     * What became of one file given to 接收数据包: the file's name, what happened ({@code result}: 已接收,
     * 已暂存（发送方未确认） or 拒收：reason) and the sentence about it (a refusal's reason).
     */
    public record IntakeLine(String file, PackageIntake.Kind kind, String result, String detail) {
    }

    private final Supplier<Services> services;
    private final UiExecutor executor;
    private final ObservableList<ReportPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ObservableList<SubmissionStatus.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SubmissionStatus.Row> selected = new SimpleObjectProperty<>();
    private final WorkMessage work = new WorkMessage();
    private final BooleanProperty running = work.runningProperty();
    private final ObjectProperty<List<IntakeLine>> intake = new SimpleObjectProperty<>();

    public StatusViewModel(Supplier<Services> services, UiExecutor executor, LocalDate today) {
        this.services = services;
        this.executor = executor;
        periods.setAll(periods(services.get(), today));
        period.set(defaultPeriod(periods, today));
        period.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /**
     * The periods a park of the bureau can report on: each plan's whole period, and each of its years with their
     * quarters, the latest first.
     */
    static List<ReportPeriod> periods(Services services, LocalDate today) {
        TreeSet<Integer> years = new TreeSet<>();
        List<ReportPeriod> plans = new ArrayList<>();
        for (Park park : services.bureau().parks()) {
            ReportPeriod plan = services.submissions().planPeriod(park.code());
            if (!plans.contains(plan)) {
                plans.add(plan);
            }
            for (int year = plan.start().getYear(); year <= plan.end().getYear(); year++) {
                years.add(year);
            }
        }
        if (years.isEmpty()) {
            years.add(today.getYear() - 1);
        }
        List<ReportPeriod> all = new ArrayList<>(plans);
        for (Integer year : years.descendingSet()) {
            all.add(ReportPeriod.year(year));
            for (int quarter = 4; quarter >= 1; quarter--) {
                all.add(ReportPeriod.quarter(year, quarter));
            }
        }
        return all;
    }

    /** The last year that ended before {@code today}, when offered: reports come after a year ends. */
    static ReportPeriod defaultPeriod(List<ReportPeriod> offered, LocalDate today) {
        return offered.stream().filter(p -> p.kind() == ReportPeriod.Kind.YEAR && p.end().isBefore(today)).findFirst()
                .orElse(offered.stream().filter(p -> p.kind() == ReportPeriod.Kind.YEAR).findFirst()
                        .orElse(offered.isEmpty() ? null : offered.get(0)));
    }

    /** Reads every park's state for the chosen period again; the row chosen stays chosen. */
    public void refresh() {
        ReportPeriod chosen = period.get();
        if (chosen == null) {
            rows.clear();
            return;
        }
        String keep = selected.get() == null ? null : selected.get().park().code();
        rows.setAll(services.get().submissionStatus().status(chosen.code()));
        selected.set(rows.stream().filter(row -> row.park().code().equals(keep)).findFirst().orElse(null));
    }

    /**
     * Receives the files (packages, or folders of them) in the background; {@link #intakeProperty()} then holds what
     * became of each, and the table is read again.
     */
    public void receive(List<Path> files) {
        if (files.isEmpty() || running.get()) {
            return;
        }
        running.set(true);
        work.report(I18n.tr("bureau.gui.receiving", files.size()), false);
        Services open = services.get();
        executor.run(() -> {
            List<PackageIntake.Outcome> outcomes = new ArrayList<>();
            for (Path file : files) {
                outcomes.addAll(open.packageIntake().receiveAll(file));
            }
            return outcomes;
        }, outcomes -> {
            running.set(false);
            List<IntakeLine> lines = outcomes.stream().map(StatusViewModel::line).toList();
            work.report(summary(lines), lines.stream().anyMatch(line -> line.kind() == PackageIntake.Kind.REFUSED));
            refresh();
            intake.set(lines);
        }, work::failed);
    }

    static IntakeLine line(PackageIntake.Outcome outcome) {
        String file = outcome.file().getFileName() == null ? outcome.file().toString()
                : outcome.file().getFileName().toString();
        return switch (outcome.kind()) {
            case ACCEPTED -> new IntakeLine(file, outcome.kind(), I18n.tr("bureau.gui.intake.ACCEPTED"),
                    outcome.message());
            case UNCONFIRMED -> new IntakeLine(file, outcome.kind(), I18n.tr("bureau.gui.intake.UNCONFIRMED"),
                    I18n.tr("bureau.gui.intake.held", outcome.received().signerFingerprint()));
            case REFUSED -> new IntakeLine(file, outcome.kind(),
                    I18n.tr("bureau.gui.intake.REFUSED", outcome.message()), outcome.message());
        };
    }

    private static String summary(List<IntakeLine> lines) {
        if (lines.isEmpty()) {
            return I18n.tr("bureau.gui.intake.none");
        }
        return I18n.tr("bureau.gui.intake.summary", count(lines, PackageIntake.Kind.ACCEPTED),
                count(lines, PackageIntake.Kind.UNCONFIRMED), count(lines, PackageIntake.Kind.REFUSED));
    }

    private static long count(List<IntakeLine> lines, PackageIntake.Kind kind) {
        return lines.stream().filter(line -> line.kind() == kind).count();
    }

    /** Whether the chosen row can be returned: a package of it was received (and not returned yet). */
    public BooleanBinding canReturn() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().state() == SubmissionStatus.State.RECEIVED && !running.get(), selected, running);
    }

    /** Whether the chosen row's package replaced an earlier one, so that 查看变化 has two packages to set side by side. */
    public BooleanBinding canCompare() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().current() != null
                && selected.get().current().supersedesId() != null, selected);
    }

    /** The name the return note is proposed under: {@code ZZSZ_2025_退回通知.zip}. */
    public String returnNoteName() {
        SubmissionStatus.Row row = selected.get();
        return row == null ? "" : I18n.tr("bureau.gui.return.fileName", row.park().code(), row.current().periodCode());
    }

    /**
     * Why {@code reason} cannot be sent, or null when it can: it is needed, and fits the column.
     */
    public static String reasonProblem(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            return I18n.tr("bureau.gui.return.reasonNeeded");
        }
        return trimmed.length() > PackageReturn.MAX_REASON
                ? I18n.tr("bureau.gui.return.reasonTooLong", String.valueOf(trimmed.length()),
                        String.valueOf(PackageReturn.MAX_REASON)) : null;
    }

    /** The parks of the ledger's plan catalog that are not the bureau's yet, in the catalog's order: what 加入园区… offers. */
    public List<Park> parksToAdd() {
        Services open = services.get();
        java.util.Set<String> ofBureau = new java.util.HashSet<>();
        open.bureau().parks().forEach(park -> ofBureau.add(park.code()));
        return open.parks().parks().stream().filter(park -> !ofBureau.contains(park.code())).toList();
    }

    /** Makes {@code park} one of the bureau's in the background; its row then shows (未报送 until a package comes). */
    public void addPark(Park park) {
        if (park == null) {
            return;
        }
        Services open = services.get();
        running.set(true);
        executor.run(() -> open.bureau().addPark(park.code()), added -> {
            running.set(false);
            work.report(I18n.tr("bureau.gui.addPark.done", added.code(), added.nameIn(I18n.locale())), false);
            refresh();
        }, work::failed);
    }

    /** Returns the chosen row's package for {@code reason}, writing the note to {@code note}, in the background. */
    public void returnPackage(String reason, Path note) {
        SubmissionStatus.Row row = selected.get();
        if (row == null || row.current() == null || note == null) {
            return;
        }
        String code = row.park().code();
        String periodCode = row.current().periodCode();
        String why = reason == null ? "" : reason.strip();
        Services open = services.get();
        running.set(true);
        executor.run(() -> open.packageReturn().returnPackage(code, periodCode, why, note), done -> {
            running.set(false);
            work.report(I18n.tr("bureau.gui.return.done", done.returned().fileName(), row.park().name(),
                    done.file().toAbsolutePath()), false);
            refresh();
        }, work::failed);
    }

    public ObservableList<ReportPeriod> periods() {
        return periods;
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ObservableList<SubmissionStatus.Row> rows() {
        return rows;
    }

    public ObjectProperty<SubmissionStatus.Row> selectedProperty() {
        return selected;
    }

    /** What the last intake or return came to, and whether one is running. */
    public WorkMessage work() {
        return work;
    }

    /** What became of each file of the last intake; set anew after each. */
    public ObjectProperty<List<IntakeLine>> intakeProperty() {
        return intake;
    }
}
