package org.ecopark.ledger.cli;

import org.ecopark.ledger.logic.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the build wrote into the jar. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"EcoPark Ledger " + AppInfo.version()};
    }
}
