package app.atelier.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
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

    public static String decode(byte[] image) throws Exception {
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(image));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                pixels))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
