/** Pages of the accounts feature: sign up/in, reset, profile, bookings, admin users (Thymeleaf + HTMX). */
package org.ticketgrid.app.accounts.web;
