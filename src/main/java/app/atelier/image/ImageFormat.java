package app.atelier.image;

import java.util.Arrays;
import java.util.Optional;

/** The formats a card takes, as the ImageIO reader that decodes the bytes names them (never from a file name). */
enum ImageFormat {
    PNG("png", "image/png"),
    JPEG("jpeg", "image/jpeg"),
    GIF("gif", "image/gif"),
    WEBP("webp", "image/webp");

    private final String readerName;
    final String contentType;

    ImageFormat(String readerName, String contentType) {
        this.readerName = readerName;
        this.contentType = contentType;
    }

    static Optional<ImageFormat> ofReader(String formatName) {
        return Arrays.stream(values()).filter(f -> f.readerName.equalsIgnoreCase(formatName)).findFirst();
    }
}
