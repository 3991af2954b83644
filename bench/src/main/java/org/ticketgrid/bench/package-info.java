/**
 * The seat-hold benchmark behind {@code ./ticketing bench holds}: one {@link org.ticketgrid.bench.HoldStore}
 * interface with the grid, PostgreSQL and Redis behind it, closed- and open-loop load generators
 * ({@link org.ticketgrid.bench.ClosedLoop}, {@link org.ticketgrid.bench.OpenLoop}), the HTTP run
 * ({@link org.ticketgrid.bench.HttpBench}) and the oversold checks
 * ({@link org.ticketgrid.bench.OversoldChecker}). See docs/benchmarks.md.
 */
package org.ticketgrid.bench;
