package app.atelier.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.support.QrReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {
    @Test
    void theJoinLinkComesBackFromItsQrCode() throws Exception {
        String link = "https://atelier.example.org/crowd/K7QX2M";
        byte[] png = QrCodes.png(link, 480);
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(480);
        assertThat(QrReader.decode(png)).isEqualTo(link);
    }
}
