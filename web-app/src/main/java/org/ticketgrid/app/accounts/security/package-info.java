/** The accounts feature plugged into Spring Security: principal, bearer tokens, form sign-in, timeouts. */
package org.ticketgrid.app.accounts.security;
