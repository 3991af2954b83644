/** Entry processors: one per inventory mutation, delta in, outcome out. */
package org.ticketgrid.inventory.ep;
