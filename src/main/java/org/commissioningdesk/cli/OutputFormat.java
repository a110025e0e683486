package org.commissioningdesk.cli;

/** How a {@code list} command writes its rows. */
enum OutputFormat {
    TABLE, CSV, JSON
}
