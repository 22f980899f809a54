package org.ecopark.ledger.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerEncryption;
import org.ecopark.ledger.logic.LedgerFaults;
import org.ecopark.ledger.logic.LedgerHolder;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.testing.Folders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** 设置 → 加密 on the open ledger: the window's ledger is closed, rewritten and opened again under its new password. */
class EncryptionViewModelTest {

    @TempDir
    Path folder;

    private MainViewModel main;
    private final List<String> said = new ArrayList<>();
    private final DialogService dialogs = new DialogService() {
        @Override
        public void showInfo(String title, String message) {
            said.add(message);
        }

        @Override
        public void showError(String message, Throwable error) {
            said.add(LedgerFaults.message(error).orElse(message));
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openLedger() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        main = new MainViewModel(UiExecutor.background(),
                (MainViewModel.Opener) (path, password) -> Services.open(path, password, LedgerHolder.program()));
        org.ecopark.ledger.gui.OnFxThread.run(() -> main.open(folder.resolve("ledger"), services -> { }, error -> { }));
        waitForLedger();
    }

    @AfterEach
    void close() {
        org.ecopark.ledger.gui.OnFxThread.run(main::close);
    }

    @Test
    void aPasswordSetEncryptsTheLedgerWhichOpensAgainInTheWindow() throws Exception {
        EncryptionViewModel model = new EncryptionViewModel(main, dialogs);
        assertThat(model.encrypted()).isFalse();
        assertThat(model.changes()).containsExactly(PasswordForm.Change.SET);
        PasswordForm form = new PasswordForm(PasswordForm.Change.SET);
        form.nextProperty().set("园区 2025");
        assertThat(form.problemProperty().get()).isEqualTo("两次输入的新密码不一致。");
        form.repeatProperty().set("园区 2025");
        assertThat(form.problemProperty().get()).isEmpty();

        apply(model, form);

        assertThat(said).containsExactly("台账已加密。以后打开它需要输入这个密码，请牢记。");
        assertThat(LedgerEncryption.encrypted(folder.resolve("ledger"))).isTrue();
        assertThat(main.servicesProperty().get().encrypted()).isTrue();
        assertThat(form.nextProperty().get()).isEmpty();
        assertThat(new EncryptionViewModel(main, dialogs).changes())
                .containsExactly(PasswordForm.Change.CHANGE, PasswordForm.Change.REMOVE);
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndTheLedgerOpensAgainAsItWas() throws Exception {
        encryptWith("right");
        PasswordForm form = new PasswordForm(PasswordForm.Change.REMOVE);
        form.currentProperty().set("wrong");

        apply(new EncryptionViewModel(main, dialogs), form);

        assertThat(said).containsExactly("密码不正确，台账 " + folder.resolve("ledger.mv.db")
                + " 没有改动；请检查大小写和输入法后再试。");
        // opened again with the password it kept
        assertThat(main.servicesProperty().get().encrypted()).isTrue();
        assertThat(main.failureProperty().get()).isNull();
        assertThat(Folders.names(folder)).containsExactly("ledger.in-use", "ledger.mv.db");
    }

    @Test
    void thePasswordIsChangedThenRemoved() throws Exception {
        encryptWith("first");
        PasswordForm change = new PasswordForm(PasswordForm.Change.CHANGE);
        change.currentProperty().set("first");
        change.nextProperty().set("second");
        change.repeatProperty().set("second");
        apply(new EncryptionViewModel(main, dialogs), change);
        assertThat(said).containsExactly("密码已更改，以后请用新密码打开台账。");

        PasswordForm remove = new PasswordForm(PasswordForm.Change.REMOVE);
        remove.currentProperty().set("second");
        apply(new EncryptionViewModel(main, dialogs), remove);
        assertThat(said).endsWith("已取消密码，台账不再加密。");
        assertThat(LedgerEncryption.encrypted(folder.resolve("ledger"))).isFalse();
        assertThat(main.servicesProperty().get().encrypted()).isFalse();
    }

    private void encryptWith(String password) throws Exception {
        PasswordForm form = new PasswordForm(PasswordForm.Change.SET);
        form.nextProperty().set(password);
        form.repeatProperty().set(password);
        apply(new EncryptionViewModel(main, dialogs), form);
        said.clear();
    }

    private void apply(EncryptionViewModel model, PasswordForm form) throws Exception {
        int before = said.size();
        org.ecopark.ledger.gui.OnFxThread.run(() -> model.apply(form));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> said.size() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.busyProperty().get()).isFalse();
    }


    private void waitForLedger() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.servicesProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
