package org.commissioningdesk.common.editor;

/**
 * How a workflow step answers whoever asked for it (a {@link StepDialog} still open): done, or
 * refused with the words to show there. No JavaFX scene types are used, so view models take one.
 */
public interface StepAnswer {

    /** The step was taken. */
    void done();

    /** The step was refused, for the reason {@code why} gives in plain words. */
    void refused(String why);
}
