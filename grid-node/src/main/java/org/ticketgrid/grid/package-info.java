/**
 * The Hazelcast member's wiring: configuration, serialization registration, map stores and
 * start-up. It uses every feature; no feature uses it (shared names live in {@code platform}).
 */
package org.ticketgrid.grid;
