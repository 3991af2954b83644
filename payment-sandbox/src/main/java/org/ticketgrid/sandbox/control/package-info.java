/**
 * Endpoints that Stripe does not have: {@code GET /health} and the test controls under {@code
 * /_sandbox/}. Kept in their own package and URL space so nobody mistakes them for Stripe API and
 * writes production code against them.
 */
package org.ticketgrid.sandbox.control;
