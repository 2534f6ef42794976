package io.clientele.base;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Profile pictures: JPEG, PNG or WebP recognised by their content (not the file name), at most 5 MB,
 * stored as a PNG of at most 256×256 pixels.
 */
public final class Photos {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 256;
    /** Larger pictures are refused from their header, before a pixel is decoded (a small file can declare 20000×20000). */
    public static final long MAX_PIXELS = 40_000_000L;

    private Photos() {}

    public record Stored(String contentType, byte[] data) {}

    /** Throws a {@link FieldValidationException} on field "photo" for anything that is not a usable picture. */
    public static Stored resize(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new FieldValidationException("photo", "photo.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new FieldValidationException("photo", "photo.too-large");
        }
        if (!isJpeg(upload) && !isPng(upload) && !isWebp(upload)) {
            throw new FieldValidationException("photo", "photo.wrong-type");
        }
        try {
            BufferedImage image = decode(upload);
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                throw new FieldValidationException("photo", "photo.unreadable");
            }
            double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
            int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(out, "png", png);
            return new Stored("image/png", png.toByteArray());
        } catch (IOException e) {
            throw new FieldValidationException("photo", "photo.unreadable");
        }
    }

    /**
     * Reads the size from the header first, then decodes only every n-th pixel so that the decoded picture is about
     * twice the stored size: memory stays small whatever the picture's dimensions.
     */
    private static BufferedImage decode(byte[] upload) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new FieldValidationException("photo", "photo.too-many-pixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / (2L * MAX_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    static boolean isPng(byte[] b) {
        return b.length > 8
                && Arrays.equals(Arrays.copyOf(b, 8), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    }

    static boolean isWebp(byte[] b) {
        return b.length > 12
                && new String(b, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
    }
}
