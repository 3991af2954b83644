package org.ticketgrid.pipelines.notifications;

/** Renders the mail of a notification (reading what it is about as it is now). */
public interface MailComposer {

    /** The mail, or {@code null} when there is nothing to send (the order is gone, no address). */
    OutgoingMail compose(Notification notification);
}
