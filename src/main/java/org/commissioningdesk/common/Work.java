package org.commissioningdesk.common;

/** Background work that reports its progress and can be cancelled (see {@link TaskProgress}). */
@FunctionalInterface
public interface Work<T> {

    T call(TaskProgress progress) throws Exception;
}
