/**
 * Accounts, roles and security (issue 4): registration, sign-in, access tokens, password reset,
 * profiles and the admin's user list. Plain domain rules live in this package (password policy,
 * secret tokens, throttling, roles); {@code usecase/} has one class per operation, {@code api/}
 * and {@code web/} are the REST and page adapters, {@code security/} plugs the accounts into
 * Spring Security, {@code persistence/} and {@code mail/} talk to PostgreSQL and SMTP.
 */
package org.ticketgrid.app.accounts;
