package app.atelier.image;

import app.atelier.base.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads what someone uploads: only a PNG, JPEG, GIF or WebP whose bytes decode is taken (the type comes from the
 * bytes, through the ImageIO reader that accepts them; WebP through TwelveMonkeys' plugin), its size in pixels is
 * checked before it is decoded (a small file can claim a huge picture), and its thumbnail is made once, here.
 */
@Component
class ImageIntake {
    /** The thumbnail's longest side on the canvas, in pixels (a card is about 200 pixels wide; screens are dense). */
    static final int THUMBNAIL_SIDE = 480;

    record Accepted(ImageFormat format, int width, int height, byte[] thumbnail, String thumbnailType) {
    }

    private final long maxPixels;

    ImageIntake(@Value("${atelier.images.max-megapixels:40}") int maxMegapixels) {
        this.maxPixels = maxMegapixels * 1_000_000L;
        ImageIO.scanForPlugins(); // the WebP reader, also where the class path is not scanned at start
    }

    Accepted read(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > maxPixels) {
                    throw new InvalidInputException("file", "error.image.pixels", maxPixels / 1_000_000);
                }
                BufferedImage image = reader.read(0);
                ImageFormat format = ImageFormat.ofReader(reader.getFormatName()).orElseThrow();
                boolean alpha = image.getColorModel().hasAlpha();
                return new Accepted(format, width, height, thumbnail(image, alpha), alpha ? "image/png" : "image/jpeg");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new InvalidInputException("file", "error.image.unreadable");
        }
    }

    private static ImageReader readerFor(ImageInputStream in) throws IOException {
        if (in == null) {
            throw new InvalidInputException("file", "error.image.type");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (ImageFormat.ofReader(reader.getFormatName()).isPresent()) {
                return reader;
            }
            reader.dispose();
        }
        throw new InvalidInputException("file", "error.image.type");
    }

    /** Never enlarged; a photo becomes a JPEG, anything with transparency a PNG. */
    private static byte[] thumbnail(BufferedImage image, boolean alpha) throws IOException {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(image.getWidth(), image.getHeight()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.of(image).scale(scale).outputFormat(alpha ? "png" : "jpg").outputQuality(0.85).toOutputStream(out);
        return out.toByteArray();
    }
}
