/**
 * The per-account, per-event hold limit: one grid entry per (event, account) that counts the
 * seats of the account's live holds and purchases, changed only by entry processors.
 */
package org.ticketgrid.holds.quota;
