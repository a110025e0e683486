package org.commissioningdesk.common;

import java.time.Instant;
import java.util.UUID;

/**
 * What every record that can travel carries besides its content: its lasting id (made once, never changed,
 * the same in every copy of the database), its revision (1 when made, +1 with every save) and who saved it last,
 * when (UTC). A save names the revision it started from; a save that started from an older one is refused
 * ({@link StaleSaveException}).
 */
public record Stamp(UUID uid, int revision, Instant savedAt, String savedBy) {

    public Stamp {
        if (uid == null) {
            throw new IllegalArgumentException("A stamp needs the record's id");
        }
    }
}
