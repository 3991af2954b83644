/** Compact serializers for the hold quota's keys, values, outcomes and entry processors. */
package org.ticketgrid.holds.quota.serialization;
