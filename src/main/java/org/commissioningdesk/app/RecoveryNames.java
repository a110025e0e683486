package org.commissioningdesk.app;

import java.nio.file.Path;
import java.util.Locale;

/** The name offered for a recovered copy: the damaged file's name with " recovered", beside it. */
final class RecoveryNames {

    private RecoveryNames() {
    }

    static String suggested(Path damaged) {
        String name = damaged.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".mv.db") ? name.substring(0, name.length() - 6) : name;
        return stem + " recovered.mv.db";
    }
}
