/** Compact serializers of the inventory types. */
package org.ticketgrid.inventory.serialization;
