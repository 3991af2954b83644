/** The account emails (welcome, reset, notices), templated and sent over SMTP. */
package org.ticketgrid.app.accounts.mail;
