package org.ecopark.ledger.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font charts draw Chinese in. Java's logical "SansSerif" shows boxes for Chinese on a Linux
 * machine without a CJK fallback configured, so the family is picked by name from what is installed:
 * the usual Windows fonts first (the committee's PCs), then the usual Linux ones.
 */
public final class ChartFonts {

    /** Preference order; both the English and the Chinese family names, since the JDK may report either. */
    static final List<String> PREFERRED = List.of("Microsoft YaHei", "微软雅黑", "SimSun", "宋体",
            "WenQuanYi Micro Hei", "文泉驿微米黑", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
            "Droid Sans Fallback");

    static final String FALLBACK = Font.SANS_SERIF;

    private static final Logger LOGGER = LoggerFactory.getLogger(ChartFonts.class);

    private static volatile String family;

    private ChartFonts() {
    }

    /** The family charts use; looked up once, since listing the system's fonts is slow. */
    public static String family() {
        String found = family;
        if (found == null) {
            found = pick(installedFamilies());
            family = found;
        }
        return found;
    }

    public static Font plain(float size) {
        return new Font(family(), Font.PLAIN, Math.round(size));
    }

    public static Font bold(float size) {
        return new Font(family(), Font.BOLD, Math.round(size));
    }

    /** The first preferred family among {@code installed}, or the logical sans-serif font with a warning. */
    static String pick(Set<String> installed) {
        for (String candidate : PREFERRED) {
            if (installed.contains(candidate)) {
                return candidate;
            }
        }
        LOGGER.warn("No Chinese font found for charts (looked for {}); labels may show as boxes. "
                + "On Debian/Ubuntu install fonts-wqy-microhei", PREFERRED);
        return FALLBACK;
    }

    private static Set<String> installedFamilies() {
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .collect(Collectors.toSet());
    }
}
