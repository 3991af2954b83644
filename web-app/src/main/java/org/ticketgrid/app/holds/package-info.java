/**
 * Five-minute seat holds, in one folder: placing, reading and releasing them through the grid
 * ({@code usecase}), the API ({@code api}), and the event page's hold form, buying panel and the
 * browser's holds ({@code web}, templates under {@code templates/holds}). {@link
 * org.ticketgrid.app.holds.HoldFreeze} is the rule for how long checkout keeps a hold.
 */
package org.ticketgrid.app.holds;
