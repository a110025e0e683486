package org.commissioningdesk.testing;

import java.nio.file.Path;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The base of a test run on each engine (annotate the test class {@code @ParameterizedClass} and
 * {@code @EnumSource(Engines.class)}): a fresh database on that engine with the London 2006/07 pack, and the
 * services over it, for each test.
 */
public abstract class LondonOnEachEngine {

    @Parameter
    protected Engines engine;

    @TempDir
    protected Path folder;

    protected Database database;
    protected Services services;

    @BeforeEach
    void openLondon() {
        database = TestDatabases.database(engine, folder);
        services = Services.on(database, CurrentUser.fixed(TestDatabases.USER), TestDatabases.CLOCK);
        services.starterPacks().apply(StarterPack.LONDON_2006);
    }

    @AfterEach
    void closeLondon() {
        services.close();
    }
}
