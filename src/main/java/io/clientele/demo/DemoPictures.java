package io.clientele.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Seeded, drawn profile pictures (no network, no stock photos): background, shoulders, face, hair. */
final class DemoPictures {
    private static final Color[] BACKGROUNDS = {
        new Color(0xC7D2FE),
        new Color(0xBBF7D0),
        new Color(0xFDE68A),
        new Color(0xFBCFE8),
        new Color(0xBAE6FD),
        new Color(0xDDD6FE)
    };
    private static final Color[] SKIN = {
        new Color(0xF1C27D), new Color(0xE0AC69), new Color(0xC68642), new Color(0x8D5524), new Color(0xFFDBAC)
    };
    private static final Color[] HAIR = {
        new Color(0x2C1B10), new Color(0x6B4423), new Color(0xD6B370), new Color(0x1F1F1F), new Color(0xA0522D)
    };
    private static final Color[] SHIRT = {
        new Color(0x1E3A8A), new Color(0x065F46), new Color(0x9D174D), new Color(0x374151), new Color(0xB45309)
    };

    private DemoPictures() {}

    static byte[] portrait(long seed) {
        Random r = new Random(seed);
        int size = 96;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BACKGROUNDS[r.nextInt(BACKGROUNDS.length)]);
        g.fillRect(0, 0, size, size);
        g.setColor(SHIRT[r.nextInt(SHIRT.length)]);
        g.fill(new Ellipse2D.Double(14, 66, 68, 60));
        Color skin = SKIN[r.nextInt(SKIN.length)];
        g.setColor(skin);
        g.fillRect(40, 52, 16, 18);
        g.setColor(HAIR[r.nextInt(HAIR.length)]);
        boolean longHair = r.nextBoolean();
        if (longHair) {
            g.fill(new Ellipse2D.Double(24, 16, 48, 60));
        }
        g.fill(new Ellipse2D.Double(27, 14, 42, 34));
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(30, 22, 36, 40));
        g.setColor(new Color(0x2B2B2B));
        g.fillOval(39, 38, 4, 4);
        g.fillOval(53, 38, 4, 4);
        g.setStroke(new BasicStroke(2f));
        g.drawArc(41, 44, 14, 8, 200, 140);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
