package org.ecopark.ledger.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The program's name and version, written into the jar by the build. */
public final class AppInfo {

    private static final String RESOURCE = "/ecopark-ledger.properties";

    private AppInfo() {
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
