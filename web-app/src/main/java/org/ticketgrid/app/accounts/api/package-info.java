/** REST adapters of the accounts feature ({@code /api/v1/auth}, {@code /api/v1/me}, {@code /api/v1/admin}). */
package org.ticketgrid.app.accounts.api;
