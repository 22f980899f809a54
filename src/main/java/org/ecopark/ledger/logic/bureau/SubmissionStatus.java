package org.ecopark.ledger.logic.bureau;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * Where each park of the bureau stands for a period: nothing came (未报送), a package came signed by a key not
 * registered yet (已报送（发送方未确认）), a package was accepted (已接收), or it was sent back (已退回). A superseded
 * package never counts; an accepted or returned package counts before a held one.
 */
public final class SubmissionStatus {

    private final UnitOfWork unitOfWork;

    public SubmissionStatus(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** A park's state for the period. */
    public enum State {
        NOT_SUBMITTED,
        UNCONFIRMED,
        RECEIVED,
        RETURNED;

        /** The state as the bureau's staff say it. */
        public String label() {
            return I18n.tr("bureau.state." + name());
        }
    }

    /** @param current the package the state rests on; null when nothing came */
    public record Row(Park park, State state, ReceivedPackage current) {

        /** The state as the bureau's staff say it; a returned package with its reason: 已退回（原因）. */
        public String stateText() {
            if (state == State.RETURNED && current.returned() != null) {
                return I18n.tr("bureau.state.returnedBecause", current.returned().reason());
            }
            return state.label();
        }
    }

    /**
     * Every park of the bureau for the period {@code periodCode}, in the bureau's order.
     *
     * @throws BureauException when this is no bureau ledger or the period code is not one
     */
    public List<Row> status(String periodCode) {
        ReportPeriod period = period(periodCode);
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        List<ReceivedPackage> received = read.receivedPackages().findByPeriod(period.code());
        return read.parks().findBureauParks().stream().map(park -> row(park, received)).toList();
    }

    /** @throws BureauException when the code is no period */
    static ReportPeriod period(String periodCode) {
        try {
            return ReportPeriod.parse(periodCode == null ? "" : periodCode.strip());
        } catch (IllegalArgumentException e) {
            throw new BureauException(e.getMessage(), e);
        }
    }

    /** The park's state among the packages {@code received} for one period. */
    static Row row(Park park, List<ReceivedPackage> received) {
        List<ReceivedPackage> counting = received.stream().filter(p -> p.parkId() == park.id() && !p.superseded())
                .sorted(Comparator.comparingLong(ReceivedPackage::id).reversed()).toList();
        Optional<ReceivedPackage> settled = counting.stream().filter(p -> p.state() != IntakeState.UNCONFIRMED).findFirst();
        if (settled.isPresent()) {
            State state = settled.get().state() == IntakeState.RETURNED ? State.RETURNED : State.RECEIVED;
            return new Row(park, state, settled.get());
        }
        return counting.stream().findFirst().map(held -> new Row(park, State.UNCONFIRMED, held))
                .orElse(new Row(park, State.NOT_SUBMITTED, null));
    }
}
