package org.ecopark.ledger.logic;

import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.ParkRepository;
import org.ecopark.ledger.persistence.SettingsRepository;

/** The parks of the ledger and the one this installation serves. */
public final class ParkService {

    static final String SELECTED_PARK = "selected.park";

    private final ParkRepository parks;
    private final SettingsRepository settings;

    public ParkService(ParkRepository parks, SettingsRepository settings) {
        this.parks = parks;
        this.settings = settings;
    }

    public List<Park> parks() {
        return parks.findAll();
    }

    /** The park chosen at first run or in settings; empty until someone chooses. */
    public Optional<Park> selectedPark() {
        return settings.get(SELECTED_PARK).flatMap(parks::findByCode);
    }

    public void selectPark(String code) {
        if (parks.findByCode(code).isEmpty()) {
            throw new IllegalArgumentException("No park with code " + code);
        }
        settings.put(SELECTED_PARK, code);
    }
}
