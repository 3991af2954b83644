/**
 * A stand-in for the Stripe API, for machines that cannot reach Stripe. stripe-java works against
 * it unchanged once its API base points here.
 *
 * <p>{@link org.ticketgrid.sandbox.PaymentSandbox} is the entry point and composition root; {@link
 * org.ticketgrid.sandbox.SandboxConfig} reads its settings. Features live in sub-packages: {@code
 * payments} (domain) and {@code payments.api}, {@code events}, {@code webhooks}, and {@code
 * control} for the non-Stripe test endpoints, all on the shared {@code http} plumbing.
 */
package org.ticketgrid.sandbox;
