package org.commissioningdesk.common;

/** A screen that reloads what it shows each time it is shown (other screens may have changed it). */
public interface Refreshable {

    void refresh();
}
