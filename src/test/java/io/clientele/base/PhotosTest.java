package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Profile pictures are checked by content and by the size their header declares, before anything is decoded. */
class PhotosTest {
    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A small file whose header claims another size (IHDR's width and height, with its CRC made right again). */
    private static byte[] declaring(byte[] png, int width, int height) {
        byte[] b = png.clone();
        ByteBuffer.wrap(b, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        ByteBuffer.wrap(b, 29, 4).putInt((int) crc.getValue());
        return b;
    }

    @Test
    void aPictureDeclaringTwentyThousandPixelsASideIsRefusedFromItsHeader() throws Exception {
        byte[] bomb = declaring(png(1, 1), 20_000, 20_000);
        assertThat(bomb.length).isLessThan(1_000);
        assertThatThrownBy(() -> Photos.resize(bomb))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("photo.too-many-pixels"));
    }

    @Test
    void aLargePictureIsStoredAsAtMost256PixelsASide() throws Exception {
        Photos.Stored stored = Photos.resize(png(3000, 1500));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(stored.data()));
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(read.getWidth()).isEqualTo(256);
        assertThat(read.getHeight()).isEqualTo(128);
    }

    @Test
    void overFiveMegabytesIsTooLargeAndAnotherKindIsTheWrongType() {
        assertThatThrownBy(() -> Photos.resize(new byte[Photos.MAX_BYTES + 1])).hasMessage("photo.too-large");
        assertThatThrownBy(() -> Photos.resize("GIF89a not a supported picture".getBytes()))
                .hasMessage("photo.wrong-type");
    }
}
