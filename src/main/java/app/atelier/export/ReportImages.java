package app.atelier.export;

import app.atelier.export.BoardSnapshot.ImageSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.openpdf.text.Image;

/** A card's images as the PDF report draws them. */
final class ReportImages {
    private ReportImages() {
    }

    /**
     * A card's image in its sheet, at most 9 × 6 cm: the original as the PDF embeds it (PNG, JPEG, GIF), a WebP
     * redrawn as a PNG first. An image that cannot be drawn is left out rather than losing the whole report.
     */
    static Optional<Image> visual(ImageSnapshot image) {
        if (image.data() == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = image.data();
            if ("image/webp".equals(image.contentType())) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(ImageIO.read(new ByteArrayInputStream(bytes)), "png", png);
                bytes = png.toByteArray();
            }
            Image visual = Image.getInstance(bytes);
            visual.scaleToFit(255, 170);
            visual.setSpacingBefore(4);
            return Optional.of(visual);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
