package org.commissioningdesk.archfixtureb;

/** With {@code CycleA}, breaks "features do not depend on each other in circles" (an architecture test fixture). */
public class CycleB {
    org.commissioningdesk.archfixturea.CycleA other;
}
