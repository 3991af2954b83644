package org.ticketgrid.sandbox.http;

/**
 * Who is calling, decided by the API key. Browsers use the publishable key and may only touch an
 * intent whose client secret they present; servers use the secret key and may do anything.
 */
public sealed interface Caller {

  String key();

  record Anonymous() implements Caller {
    @Override
    public String key() {
      return "";
    }
  }

  record SecretKey(String key) implements Caller {}

  record PublishableKey(String key) implements Caller {}
}
