package org.commissioningdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

import org.commissioningdesk.common.LogFolder;

/**
 * Configures Logback for the window and the command line alike: one log file a day in
 * {@link LogFolder}, kept for 14 days, written safely by several copies of the application at once
 * (prudent mode). Nothing is written to the terminal: a person reads plain messages there, and the
 * detail (stack traces, SQL, library messages) is in the file. Found by Logback through
 * {@code META-INF/services}, so it applies whichever entry point starts first.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String FILE_PREFIX = "commissioning-desk-";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} [%thread] %-5level %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setPrudent(true);
        file.setEncoder(encoder);
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(LogFolder.get().resolve(FILE_PREFIX + "%d{yyyy-MM-dd}.log").toString());
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("100MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        // Jdbi and H2 are quiet at INFO; Flyway's notes on migrations are worth keeping.
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
