/** The home page. */
package org.ticketgrid.app.home;
