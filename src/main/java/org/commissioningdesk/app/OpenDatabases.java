package org.commissioningdesk.app;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every database the window has opened and not yet closed, kept by the worker thread. The runner is one
 * ordered thread, so a close queued after an open always sees what it opened; what is still open when the
 * application stops is closed by {@link #closeAll()}.
 */
final class OpenDatabases {

    private final Set<Services> open = ConcurrentHashMap.newKeySet();

    /** Remembers {@code services} as open. */
    void add(Services services) {
        open.add(services);
    }

    void close(Services services) {
        open.remove(services);
        services.close();
    }

    void closeAll() {
        for (Services services : List.copyOf(open)) {
            close(services);
        }
    }
}
