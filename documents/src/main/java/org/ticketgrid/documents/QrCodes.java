package org.ticketgrid.documents;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * QR codes drawn from ZXing's module matrix: an SVG path for the pages (no image request, no inline
 * script, scales to any screen) and a PNG for emails and the PDF. Error correction M (15 %) survives
 * a cracked phone screen; the quiet zone is the four modules scanners expect.
 */
public final class QrCodes {

    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** An accessible inline SVG of {@code text}; {@code label} is read by screen readers. */
    public static String svg(String text, String label) {
        ByteMatrix m = matrix(text);
        int size = m.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (m.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < m.getWidth() && m.get(run, y) == 1) {
                    run++;
                }
                path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run - x).append("v1h-").append(run - x).append('z');
                x = run;
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + escape(label) + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /**
     * The code as a 1-bit bitmap, quiet zone included, each module {@code scale} pixels wide: rows
     * of {@code (size + 7) / 8} bytes, most significant bit first, 1 for white and 0 for black (the
     * layout of both a {@code TYPE_BYTE_BINARY} raster and a PDF DeviceGray image of 1 bit).
     */
    public record Bitmap(int size, byte[] rows) {
    }

    public static Bitmap bitmap(String text, int scale) {
        ByteMatrix m = matrix(text);
        int size = (m.getWidth() + 2 * QUIET_ZONE) * scale;
        int stride = (size + 7) / 8;
        byte[] rows = new byte[stride * size];
        java.util.Arrays.fill(rows, (byte) 0xFF);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y) != 1) {
                    continue;
                }
                int left = (x + QUIET_ZONE) * scale;
                int top = (y + QUIET_ZONE) * scale;
                for (int py = top; py < top + scale; py++) {
                    for (int px = left; px < left + scale; px++) {
                        rows[py * stride + (px >> 3)] &= (byte) ~(0x80 >>> (px & 7));
                    }
                }
            }
        }
        return new Bitmap(size, rows);
    }

    /**
     * A PNG of {@code text}, each module {@code scale} pixels wide. The bitmap is written straight
     * into the image's raster: setting pixels one by one through the colour model cost most of a
     * booking's CPU when a burst of confirmation mails was rendered.
     */
    public static byte[] png(String text, int scale) {
        Bitmap bitmap = bitmap(text, scale);
        BufferedImage image = new BufferedImage(bitmap.size(), bitmap.size(), BufferedImage.TYPE_BYTE_BINARY);
        byte[] raster = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(bitmap.rows(), 0, raster, 0, raster.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ByteMatrix matrix(String text) {
        try {
            QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M);
            return code.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
