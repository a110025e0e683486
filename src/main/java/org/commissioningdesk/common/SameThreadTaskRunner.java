package org.commissioningdesk.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A {@link TaskRunner} that runs work at once on the calling thread: for tests and the command line. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }
}
