package org.ecopark.ledger.logic.submission;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chinese font the PDF report embeds. A PDF must carry its font so that the bureau reads the report on
 * any machine; OpenPDF embeds (and subsets) TrueType outlines, so the font is picked by file among the
 * TrueType CJK fonts that Windows and Linux install: Microsoft YaHei and SimSun on the committee's Windows
 * PCs, WenQuanYi on Linux. (Noto/Source Han Sans are CFF-based and cannot be embedded this way.)
 */
public final class PdfFonts {

    /** A system property naming another font file (".ttf", or ".ttc,0" for one font of a collection). */
    public static final String PROPERTY = "ecopark.pdf.font";

    private static final Logger LOGGER = LoggerFactory.getLogger(PdfFonts.class);

    /** Preference order: file and, for a collection, the index of the regular font in it. */
    private static final List<String> CANDIDATES = List.of(
            "C:/Windows/Fonts/msyh.ttc,0", "C:/Windows/Fonts/msyh.ttf", "C:/Windows/Fonts/simsun.ttc,0",
            "C:/Windows/Fonts/simhei.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0", "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/Library/Fonts/Arial Unicode.ttf", "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");

    private static volatile BaseFont font;

    private PdfFonts() {
    }

    /**
     * The report's font, embedded as a subset with Unicode encoding.
     *
     * @throws PackageException naming the package to install when no Chinese TrueType font is found
     */
    public static BaseFont font() {
        BaseFont found = font;
        if (found == null) {
            synchronized (PdfFonts.class) {
                if (font == null) {
                    font = load(candidates());
                }
                found = font;
            }
        }
        return found;
    }

    static List<String> candidates() {
        List<String> candidates = new ArrayList<>();
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            candidates.add(chosen.strip());
        }
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            candidates.add(windows.replace('\\', '/') + "/Fonts/msyh.ttc,0");
            candidates.add(windows.replace('\\', '/') + "/Fonts/simsun.ttc,0");
        }
        candidates.addAll(CANDIDATES);
        return candidates;
    }

    static BaseFont load(List<String> candidates) {
        for (String candidate : candidates) {
            if (!Files.isRegularFile(Path.of(fileOf(candidate)))) {
                continue;
            }
            try {
                // read into memory once (a few megabytes): the subset of each report reads the font's glyph index
                // a number at a time, which read from the file was one system call per byte
                BaseFont loaded = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        BaseFont.CACHED, null, null, false, true);
                LOGGER.info("PDF font: {}", candidate);
                return loaded;
            } catch (Exception e) {
                LOGGER.warn("Font {} cannot be embedded", candidate, e);
            }
        }
        throw new PackageException(I18n.tr("submission.error.noFont"));
    }

    /** The file of a candidate: {@code wqy-microhei.ttc,0} names font 0 of the file {@code wqy-microhei.ttc}. */
    static String fileOf(String candidate) {
        int comma = candidate.lastIndexOf(',');
        boolean indexed = comma > 0 && candidate.substring(comma + 1).chars().allMatch(Character::isDigit)
                && comma < candidate.length() - 1;
        return indexed ? candidate.substring(0, comma) : candidate;
    }
}
