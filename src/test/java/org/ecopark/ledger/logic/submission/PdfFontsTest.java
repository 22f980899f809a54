package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    @Test
    void withoutAnyChineseFontTheExportStopsNamingThePackageToInstall() {
        I18n.setLocale(I18n.CHINESE);

        assertThatThrownBy(() -> PdfFonts.load(List.of("/nowhere/msyh.ttc,0", "/nowhere/wqy-microhei.ttc,0")))
                .isInstanceOf(PackageException.class)
                .hasMessageContaining("找不到可嵌入 PDF 的中文字体")
                .hasMessageContaining("fonts-wqy-microhei")
                .hasMessageContaining("微软雅黑");
    }

    @Test
    void aCollectionNamesItsFileAndTheFontIndex() {
        assertThat(PdfFonts.fileOf("C:/Windows/Fonts/msyh.ttc,0")).isEqualTo("C:/Windows/Fonts/msyh.ttc");
        assertThat(PdfFonts.fileOf("/usr/share/fonts/x.ttf")).isEqualTo("/usr/share/fonts/x.ttf");
        assertThat(PdfFonts.fileOf("/odd,name/x.ttf")).isEqualTo("/odd,name/x.ttf");
    }

    @Test
    void aFontChosenByPropertyIsTriedFirst() {
        String before = System.getProperty(PdfFonts.PROPERTY);
        System.setProperty(PdfFonts.PROPERTY, "/fonts/own.ttf");
        try {
            assertThat(PdfFonts.candidates()).first().isEqualTo("/fonts/own.ttf");
        } finally {
            if (before == null) {
                System.clearProperty(PdfFonts.PROPERTY);
            } else {
                System.setProperty(PdfFonts.PROPERTY, before);
            }
        }
    }
}
