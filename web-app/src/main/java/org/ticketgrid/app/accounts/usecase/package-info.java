/** One class per accounts operation: register, sign in, reset, profile, admin, tokens, throttles. */
package org.ticketgrid.app.accounts.usecase;
