/** PostgreSQL access of the accounts feature: users, reset tokens, security events. */
package org.ticketgrid.app.accounts.persistence;
