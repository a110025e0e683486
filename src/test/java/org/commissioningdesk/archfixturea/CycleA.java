package org.commissioningdesk.archfixturea;

/** With {@code CycleB}, breaks "features do not depend on each other in circles" (an architecture test fixture). */
public class CycleA {
    org.commissioningdesk.archfixtureb.CycleB other;
}
