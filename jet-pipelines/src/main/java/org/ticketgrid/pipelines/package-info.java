/** Jet pipelines of TicketGrid and their deployment on grid members. */
package org.ticketgrid.pipelines;
