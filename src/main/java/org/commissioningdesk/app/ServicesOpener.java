package org.commissioningdesk.app;

import java.util.Optional;

import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.persistence.DatabaseLocation;

/**
 * Opens existing databases and creates new ones, as the window and the command line need; tests supply
 * one with a fixed user and clock (see {@link Services#opener}).
 */
public interface ServicesOpener {

    /** Who the services it opens record changes as; renaming them takes effect in every database opened. */
    CurrentUser user();

    /** Opens the existing database at {@code location}; never creates one. */
    Services open(DatabaseLocation location);

    /** Creates a new database at {@code location}, set up as chosen (empty: to be asked later), and opens it. */
    Services create(DatabaseLocation location, Optional<SetUpService.Choice> choice);
}
