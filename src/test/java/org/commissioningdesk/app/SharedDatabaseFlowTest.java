package org.commissioningdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commissioningdesk.app.DeskWindowFixture.*;

import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.Database;
import org.commissioningdesk.persistence.ServerAddress;
import org.commissioningdesk.testing.Engines;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Open shared database (PostgreSQL)…: a wrong address is said in the dialog, a wrong password asks again
 * with the reason, and the team's database opens with the status bar saying it is the shared one.
 */
class SharedDatabaseFlowTest extends DeskFlowTest {

    private ServerAddress shared;

    @BeforeEach
    void openALaptopDatabaseWithATeamDatabaseReady() throws Exception {
        shared = Engines.freshDatabase();
        Engines.execute("GRANT ALL ON DATABASE " + shared.database() + " TO " + Engines.TEAM_USER);
        Engines.execute(shared.database(), "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + Engines.TEAM_USER);
        Engines.execute(shared.database(), "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + Engines.TEAM_USER);
        try (Services team = Services.on(Database.openShared(shared, Engines.credentials()),
                CurrentUser.fixed(TestDatabases.USER), TestDatabases.CLOCK)) {
            team.starterPacks().apply(StarterPack.LONDON_2006);
            team.organisations().create(new org.commissioningdesk.organisation.OrganisationDraft("Team Only PCT",
                    org.commissioningdesk.organisation.OrganisationType.PCT, "TOP01", null, null, null, null));
        }
        try (Services laptop = TestDatabases.open(folder)) {
            laptop.starterPacks().apply(StarterPack.LONDON_2006);
        }
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> fixture.start(stage, location(folder))));
        waitUntilReady(new FxRobot());
    }

    @Test
    void theTeamsDatabaseOpensInTheWindowAndTheStatusBarSaysItIsShared(FxRobot robot) throws Exception {
        fileMenu(robot, "Open shared database (PostgreSQL)…");
        visible(robot, "#sharedAddressField");
        replaceText(robot, "#sharedAddressField", "postgresql://jane:secret@" + shared.host() + "/" + shared.database());
        clickDialogButton(robot, "Open");
        waitFor(robot, () -> text(robot, "#sharedAddressError").contains("leave the user name and password out of it"));

        String address = "postgresql://localhost:" + shared.port() + "/" + shared.database();
        replaceText(robot, "#sharedAddressField", address);
        replaceText(robot, "#sharedUserField", Engines.TEAM_USER);
        replaceText(robot, "#sharedPasswordField", "wrong");
        clickDialogButton(robot, "Open");
        // Refused: asked again, with why, and the laptop's database still open.
        waitFor(robot, () -> robot.lookup("#sharedAddressError").tryQuery().isPresent()
                && text(robot, "#sharedAddressError").contains("did not accept the user name 'desk_team'"));
        assertThat(robot.lookup("#sharedAddressField").queryTextInputControl().getText()).isEqualTo(address);
        assertThat(robot.lookup("#sharedUserField").queryTextInputControl().getText()).isEqualTo(Engines.TEAM_USER);

        replaceText(robot, "#sharedPasswordField", Engines.TEAM_PASSWORD);
        clickDialogButton(robot, "Open");
        waitFor(robot, () -> text(robot, ".database-label").equals("Shared (PostgreSQL): " + address));
        waitFor(robot, () -> status(robot).equals("Opened the shared database " + address + "."));
        // The records shown are the team's: one the laptop's database does not have is there.
        goTo(robot, "Organisations");
        waitFor(robot, () -> robot.lookup("#table").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().stream()
                .anyMatch(o -> ((org.commissioningdesk.organisation.Organisation) o).name().equals("Team Only PCT")));
    }
}
