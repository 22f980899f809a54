package org.ecopark.ledger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ecopark.ledger.logic.Locations;

/**
 * The program's logging, set up in code (found by logback through {@code META-INF/services}) rather than read from an
 * XML file: reading one takes logback's whole XML machinery, several hundred classes of a cold start. One log file in
 * the log folder ({@link Locations#LOG_DIRECTORY_PROPERTY}, else the system's temporary folder), kept in UTF-8 on every
 * system (Java 17 on Chinese Windows would otherwise write GBK from {@code java -jar} and UTF-8 from the installed
 * launcher into the same file), rolled over at 5 MB into three older ones.
 * <p>
 * A configuration named by {@code logback.configurationFile}, or the tests' {@code logback-test.xml}, is left to
 * logback to read, as before.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    static final String FILE_NAME = "ecopark-ledger";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    /** Levels below the root's INFO, and why. */
    private static final Map<String, Level> LEVELS = Map.of(
            "org.flywaydb", Level.WARN,
            "org.jooq", Level.WARN,
            // H2's trace (TRACE_LEVEL_FILE=4 in the URL): its errors, not a line for every open
            "h2database", Level.WARN,
            "org.jooq.Constants", Level.OFF,
            // POI logs every parse error of a damaged workbook as an ERROR before it throws it; the import turns the
            // throw into that file's refusal and logs the refusal as INFO with its reason
            "org.apache.poi.util.XMLHelper", Level.OFF,
            // likewise a warning, with a stack trace, for every damaged entry of a workbook's zip
            "org.apache.poi.openxml4j", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String folder = System.getProperty(Locations.LOG_DIRECTORY_PROPERTY, System.getProperty("java.io.tmpdir"));

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/" + FILE_NAME + ".log");
        file.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/" + FILE_NAME + ".%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        file.setRollingPolicy(rolling);

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setTriggeringPolicy(trigger);
        file.start();

        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
