package org.ticketgrid.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The printable e-tickets of an order: one A4 page per ticket with the event, when and where, the
 * place, the holder and a large QR code with the readable code under it, so a ticket works printed,
 * on a phone, or read aloud at the gate.
 */
public final class ETicketPdf {

    private static final Color ACCENT = new Color(0x4F, 0x46, 0xE5);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x6E);

    private ETicketPdf() {
    }

    public static byte[] render(List<ETicket> tickets) {
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("an order without tickets has nothing to print");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("TicketGrid e-tickets");
            document.addCreator("TicketGrid");
            document.open();
            for (int i = 0; i < tickets.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page(document, tickets.get(i), i + 1, tickets.size());
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the e-ticket PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static void page(Document document, ETicket t, int number, int of) {
        document.add(line("TicketGrid e-ticket  ·  " + number + " of " + of, font(FontFactory.HELVETICA_BOLD, 11, ACCENT)));
        document.add(line(t.eventName(), font(FontFactory.HELVETICA_BOLD, 24, Color.BLACK)));
        document.add(line(t.when(), font(FontFactory.HELVETICA, 13, Color.BLACK)));
        document.add(line(join(t.venueName(), t.venueCity()), font(FontFactory.HELVETICA, 13, MUTED)));
        document.add(Chunk.NEWLINE);
        document.add(line(join(t.ticketType(), t.place()), font(FontFactory.HELVETICA_BOLD, 16, Color.BLACK)));
        if (t.holderName() != null && !t.holderName().isBlank()) {
            document.add(line("Holder: " + t.holderName(), font(FontFactory.HELVETICA, 12, MUTED)));
        }
        if (t.orderReference() != null) {
            document.add(line("Order " + t.orderReference(), font(FontFactory.HELVETICA, 10, MUTED)));
        }
        document.add(qr(t.code()));
        Paragraph code = line(t.readableCode(), font(FontFactory.COURIER_BOLD, 14, Color.BLACK));
        code.setAlignment(Element.ALIGN_CENTER);
        document.add(code);
        Paragraph note = line("Show this code at the entrance. Each code lets one person in once; keep it to yourself.",
                font(FontFactory.HELVETICA, 10, MUTED));
        note.setAlignment(Element.ALIGN_CENTER);
        document.add(note);
    }

    /** The QR code as a raw 1-bit image (no PNG to encode and decode again), drawn crisp at any size. */
    private static Image qr(String code) {
        try {
            QrCodes.Bitmap bitmap = QrCodes.bitmap(code, 1);
            Image image = Image.getInstance(bitmap.size(), bitmap.size(), 1, 1, bitmap.rows());
            image.scaleToFit(260, 260);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingBefore(24);
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("the QR code image could not be made", e);
        }
    }

    private static Paragraph line(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(4);
        return p;
    }

    private static Font font(String name, float size, Color color) {
        return FontFactory.getFont(name, size, color);
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + " · " + b;
    }
}
