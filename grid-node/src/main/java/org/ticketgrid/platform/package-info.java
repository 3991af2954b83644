/**
 * What the grid's features share and which depends on none of them: map names (declared once),
 * Compact serializer helpers, the member's settings and the map stores' JDBC connections.
 */
package org.ticketgrid.platform;
