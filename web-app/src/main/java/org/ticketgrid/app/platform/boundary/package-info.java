/**
 * The error boundary (ADR 0031): what every answer looks like when a request is wrong or something
 * fails, wherever it fails (Tomcat's connector, the security filters, Spring MVC, our code), and
 * the checks that turn hostile input into a 400 at the edge instead of a 500 deep inside
 * (control characters, broken surrogates, hexadecimal or non-finite numbers, untyped JSON).
 */
package org.ticketgrid.app.platform.boundary;
