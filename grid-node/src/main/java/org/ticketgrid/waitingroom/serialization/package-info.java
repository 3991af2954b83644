/** Explicit Compact serializers of the waiting room's types; the type and field names are the wire format. */
package org.ticketgrid.waitingroom.serialization;
