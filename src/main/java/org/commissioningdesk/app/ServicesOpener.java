package org.commissioningdesk.app;

import java.util.Optional;

import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.persistence.Credentials;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.ServerAddress;

/**
 * Opens existing databases and creates new ones, as the window and the command line need; tests supply
 * one with a fixed user and clock (see {@link Services#opener}).
 */
public interface ServicesOpener {

    /** Who the services it opens record changes as; renaming them takes effect in every database opened. */
    CurrentUser user();

    /** Opens the existing database at {@code location}; never creates one. */
    Services open(DatabaseLocation location);

    /** Opens the shared database at {@code server} as {@code credentials}, making its tables if it is empty. */
    Services openShared(ServerAddress server, Credentials credentials);

    /** Creates a new database at {@code location}, set up as chosen (empty: to be asked later), and opens it. */
    Services create(DatabaseLocation location, Optional<SetUpService.Choice> choice);
}
