package org.ticketgrid.pipelines.notifications;

import java.util.List;

/**
 * The notification mails, each a plain-text part (complete on its own: codes, amounts, links) and
 * an HTML alternative in the layout of the site's other mails. Plain Java rather than a template
 * engine: the grid member carries no web stack, and every value is escaped here.
 */
public final class MailTemplates {

    /** One ticket line: its id (for the inline QR code), its seat and its code. */
    public record Line(String ticketId, String seat, String code) {
    }

    private MailTemplates() {
    }

    public static OutgoingMail tickets(String to, String subject, String name, String eventName, String when,
            List<Line> tickets, String total, String orderId, String orderUrl, String bookingsUrl,
            List<OutgoingMail.Part> inline, List<OutgoingMail.Part> attachments) {
        StringBuilder text = new StringBuilder();
        text.append("Hello ").append(name).append(",\n\n");
        text.append("your order is confirmed: ").append(eventName).append(", ").append(when).append(".\n\n");
        text.append("Your tickets (show the code at the entrance):\n");
        for (Line t : tickets) {
            text.append("  ").append(t.seat()).append(": ").append(t.code()).append('\n');
        }
        text.append("\nTotal paid: ").append(total).append('\n');
        text.append("Order: ").append(orderId).append("\n\n");
        text.append("Your printable e-tickets are attached to this mail as a PDF (one page per ticket, with its QR code).\n");
        text.append("Your tickets online: ").append(orderUrl).append('\n');
        text.append("All your bookings: ").append(bookingsUrl).append("\n\n");
        text.append("Enjoy the show.\nThe TicketGrid team\n");

        StringBuilder rows = new StringBuilder();
        for (Line t : tickets) {
            rows.append("<tr style=\"border-top:1px solid #e6e8f0\"><td style=\"vertical-align:top\"><div style=\"font-weight:600\">")
                    .append(esc(t.seat())).append("</div><div style=\"font-family:Consolas,monospace;font-weight:600;"
                            + "letter-spacing:1px;margin-top:6px\">").append(esc(t.code())).append("</div></td>")
                    .append("<td width=\"150\"><img src=\"cid:qr-").append(esc(t.ticketId()))
                    .append("\" width=\"140\" height=\"140\" style=\"display:block\" alt=\"QR code of the ticket for ")
                    .append(esc(t.seat())).append("\"></td></tr>");
        }
        String body = "<h1 style=\"font-size:22px;margin:0 0 12px\">You're going, " + esc(name) + "!</h1>"
                + "<p style=\"line-height:1.5\"><strong>" + esc(eventName) + "</strong>, " + esc(when) + "</p>"
                + "<table role=\"presentation\" width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" "
                + "style=\"border-collapse:collapse;margin:20px 0\"><tr style=\"text-align:left;color:#5b6072;"
                + "font-size:13px\"><th>Ticket</th><th>QR code</th></tr>" + rows + "</table>"
                + "<p>Total paid: <strong>" + esc(total) + "</strong></p>" + button(orderUrl, "Your tickets online")
                + "<p style=\"color:#5b6072;font-size:14px\">Your printable e-tickets are attached as a PDF. All your "
                + "orders are in <a href=\"" + esc(bookingsUrl) + "\">your bookings</a>.</p>"
                + "<p style=\"color:#5b6072;font-size:14px\">Order " + esc(orderId)
                + ". Show the ticket code at the entrance.</p>";
        return new OutgoingMail(to, subject, text.toString(), page(subject, body), inline, attachments);
    }

    public static OutgoingMail refund(String to, String subject, String name, String eventName, String amount,
            String reason, List<Line> tickets, String orderId, String bookingsUrl) {
        StringBuilder text = new StringBuilder();
        text.append("Hello ").append(name).append(",\n\n");
        text.append("we have refunded ").append(amount).append(" for ").append(eventName).append(".\n\n");
        text.append("Refunded tickets (these codes no longer admit anyone):\n");
        for (Line t : tickets) {
            text.append("  ").append(t.seat()).append(": ").append(t.code()).append('\n');
        }
        text.append("\nReason: ").append(reason).append('\n');
        text.append("Order: ").append(orderId).append("\n\n");
        text.append("The money goes back to the card you paid with; your bank may take a few days to show it.\n");
        text.append("Your bookings: ").append(bookingsUrl).append("\n\nThe TicketGrid team\n");
        StringBuilder list = new StringBuilder();
        for (Line t : tickets) {
            list.append("<li>").append(esc(t.seat())).append(": <code>").append(esc(t.code())).append("</code></li>");
        }
        String body = "<h1 style=\"font-size:22px;margin:0 0 12px\">Your refund, " + esc(name) + "</h1>"
                + "<p>We have refunded <strong>" + esc(amount) + "</strong> for <strong>" + esc(eventName)
                + "</strong>.</p><p>Refunded tickets (these codes no longer admit anyone):</p><ul>" + list + "</ul>"
                + "<p>Reason: " + esc(reason) + "</p><p style=\"color:#5b6072;font-size:14px\">Order " + esc(orderId)
                + ". The money goes back to the card you paid with; your bank may take a few days to show it.</p>"
                + button(bookingsUrl, "Your bookings");
        return new OutgoingMail(to, subject, text.toString(), page(subject, body), List.of(), List.of());
    }

    /** Any other notification: its title, its line, a link; and an unsubscribe link where it applies. */
    public static OutgoingMail simple(String to, String subject, String name, String line, String url,
            String unsubscribeUrl) {
        StringBuilder text = new StringBuilder();
        text.append("Hello ").append(name).append(",\n\n").append(line).append("\n\n").append(url).append("\n\n");
        if (unsubscribeUrl != null) {
            text.append("You get this mail because you asked to be told. Stop these mails: ").append(unsubscribeUrl)
                    .append("\n\n");
        }
        text.append("The TicketGrid team\n");
        String body = "<h1 style=\"font-size:22px;margin:0 0 12px\">" + esc(subject) + "</h1><p style=\"line-height:1.5\">"
                + esc(line) + "</p>" + button(url, "Open TicketGrid")
                + (unsubscribeUrl == null ? "" : "<p style=\"color:#5b6072;font-size:13px\">You get this mail because "
                        + "you asked to be told. <a href=\"" + esc(unsubscribeUrl) + "\">Stop these mails</a>.</p>");
        return new OutgoingMail(to, subject, text.toString(), page(subject, body), List.of(), List.of());
    }

    private static String button(String url, String label) {
        return "<p style=\"margin:28px 0\"><a href=\"" + esc(url) + "\" style=\"background:#4b3fe0;color:#fff;"
                + "text-decoration:none;padding:12px 20px;border-radius:12px;font-weight:600\">" + esc(label) + "</a></p>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title></head>"
                + "<body style=\"margin:0;background:#f6f7fb;font-family:Segoe UI,Arial,sans-serif;color:#14161f\">"
                + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\" "
                + "style=\"padding:32px 16px\"><table role=\"presentation\" width=\"560\" cellpadding=\"0\" cellspacing=\"0\" "
                + "style=\"background:#fff;border-radius:14px;padding:32px\"><tr><td>"
                + "<p style=\"font-weight:800;font-size:20px;margin:0 0 24px\"><span style=\"color:#ff5a5f\">&#9638;</span> "
                + "TicketGrid</p>" + body + "</td></tr></table></td></tr></table></body></html>";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
