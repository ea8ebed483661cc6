package app.atelier.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads a QR code the way a phone's camera app would (ZXing's reader), from an image's pixels. */
public final class QrReader {
    private QrReader() {
    }

    /** What one photo source shows: each call takes a new photo. */
    public interface Camera {
        byte[] photo() throws Exception;
    }

    /**
     * Keeps photographing until a photo reads, as a phone's camera app does (a photo taken while the page still
     * settles may not read), for at most ten photos a third of a second apart; the last failure otherwise.
     */
    public static String scan(Camera camera) throws Exception {
        ReaderException failure = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                return decode(camera.photo());
            } catch (ReaderException unreadable) {
                failure = unreadable;
                Thread.sleep(300);
            }
        }
        throw failure;
    }

    public static String decode(byte[] image) throws Exception {
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(image));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                pixels))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
