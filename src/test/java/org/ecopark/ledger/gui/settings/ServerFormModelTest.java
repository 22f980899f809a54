package org.ecopark.ledger.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.ServerAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's address as typed: complete fields give it, a missing field or a port that is none says what is wrong. */
class ServerFormModelTest {

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void completeFieldsGiveTheAddressWithoutSpacesAround() {
        ServerFormModel form = new ServerFormModel(null);
        assertThat(form.portProperty().get()).isEqualTo("5432");
        form.hostProperty().set(" db.park ");
        form.databaseProperty().set("ledger");
        form.userProperty().set("clerk1 ");

        assertThat(form.address()).contains(new ServerAddress("db.park", 5432, "ledger", "clerk1"));
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void aMissingFieldOrABadPortIsSaidAndGivesNoAddress() {
        ServerFormModel form = new ServerFormModel(new ServerAddress("db.park", 5499, "ledger", "clerk1"));
        form.userProperty().set(" ");
        assertThat(form.address()).isEmpty();
        assertThat(form.problemProperty().get()).isEqualTo("请填写服务器地址、数据库名和用户名。");

        form.userProperty().set("clerk1");
        form.portProperty().set("54x");
        assertThat(form.address()).isEmpty();
        assertThat(form.problemProperty().get()).isEqualTo("端口“54x”不是有效的端口号（1–65535）。");

        form.portProperty().set("70000");
        assertThat(form.address()).isEmpty();
        form.portProperty().set("5499");
        assertThat(form.address()).contains(new ServerAddress("db.park", 5499, "ledger", "clerk1"));
    }
}
