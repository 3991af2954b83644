package org.ticketgrid.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ETicketRenderingTest {

    private static final String CODE = "K7QX2M9TZR4WB6NPJ3HC5VDAEY";

    private static ETicket ticket(String code, String place) {
        return new ETicket(code, "Nocturne Festival", "Arena Nord", "Lyon", Instant.parse("2026-03-14T19:00:00Z"),
                "Europe/Paris", "Floor", place, "Ada Lovelace", "ord-1234");
    }

    @Test
    void thePngScansBackToTheCode() throws Exception {
        byte[] png = QrCodes.png(CODE, 4);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(CODE);
    }

    @Test
    void theBitmapThePdfEmbedsScansBackToTheCode() throws Exception {
        QrCodes.Bitmap bitmap = QrCodes.bitmap(CODE, 3);
        int size = bitmap.size();
        int stride = (size + 7) / 8;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean white = (bitmap.rows()[y * stride + (x >> 3)] & (0x80 >>> (x & 7))) != 0;
                pixels[y * size + x] = white ? 0xFFFFFFFF : 0xFF000000;
            }
        }
        assertThat(pixels[0]).as("the quiet zone is white").isEqualTo(0xFFFFFFFF);
        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        assertThat(new QRCodeReader().decode(image).getText()).isEqualTo(CODE);
    }

    @Test
    void theSvgDrawsExactlyTheDarkModulesWithAQuietZoneAndALabel() {
        String svg = QrCodes.svg(CODE, "Ticket <1> \"code\"");
        ByteMatrix m = QrCodes.matrix(CODE);
        boolean[][] drawn = new boolean[m.getHeight()][m.getWidth()];
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1)) - QrCodes.QUIET_ZONE;
            int y = Integer.parseInt(run.group(2)) - QrCodes.QUIET_ZONE;
            for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
                assertThat(drawn[y][x + i]).as("a module drawn twice").isFalse();
                drawn[y][x + i] = true;
            }
        }
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(m.get(x, y) == 1);
            }
        }
        int size = m.getWidth() + 2 * QrCodes.QUIET_ZONE;
        assertThat(svg).contains("viewBox=\"0 0 " + size + " " + size + "\"")
                .contains("role=\"img\"")
                .contains("aria-label=\"Ticket &lt;1&gt; &quot;code&quot;\"")
                .doesNotContain("<script");
    }

    @Test
    void thePdfHasOnePagePerTicketWithItsCodeEventTimeAndPlace() throws Exception {
        byte[] pdf = ETicketPdf.render(List.of(ticket(CODE, "Row 3 · Seat 12"),
                ticket("AAAABBBBCCCCDDDDEEEEFFFFGG", "Row 3 · Seat 13")));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(2);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            String first = text.getTextFromPage(1);
            assertThat(first).contains("Nocturne Festival").contains("K7QX-2M9T-ZR4W-B6NP-J3HC-5VDA-EY")
                    .contains("Saturday 14 March 2026, 20:00 CET").contains("Seat 12").contains("1 of 2");
            assertThat(text.getTextFromPage(2)).contains("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG").contains("Seat 13");
        } finally {
            reader.close();
        }
    }

    @Test
    void anOrderWithoutTicketsHasNoPdf() {
        assertThatThrownBy(() -> ETicketPdf.render(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesAreShownInTheEventsZoneAndUnknownZonesFallBackToUtc() {
        assertThat(ticket(CODE, "A").when()).isEqualTo("Saturday 14 March 2026, 20:00 CET");
        ETicket nowhere = new ETicket(CODE, "E", null, null, Instant.parse("2026-03-14T19:00:00Z"), "Mars/Olympus",
                null, null, null, null);
        assertThat(nowhere.when()).isEqualTo("Saturday 14 March 2026, 19:00 Z");
    }
}
