package org.ticketgrid.pipelines.notifications;

/** Hands a mail to the SMTP server. */
public interface Mailer {

    /**
     * Sends {@code mail}; {@code messageId} is derived from the notification id, so a receiving
     * system can recognise the rare resend after a crash between "accepted" and "recorded".
     * Throws when the server did not take it (it is retried).
     */
    void send(OutgoingMail mail, String messageId) throws Exception;
}
