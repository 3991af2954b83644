package org.ticketgrid.sandbox.http;

/** One operation of the API. */
@FunctionalInterface
public interface Endpoint {

  ApiResponse handle(ApiRequest request);
}
