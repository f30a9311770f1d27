package dev.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class BoundedReaderTest {

    /** An endless upload that remembers how much was read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            read += len;
            return len;
        }
    }

    @Test
    void stops_reading_as_soon_as_the_limit_is_passed() {
        Endless upload = new Endless();
        assertThatThrownBy(() -> BoundedReader.readAtMost(upload, 1024 * 1024))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("larger than 1024 KB");
        assertThat(upload.read).isLessThanOrEqualTo(1024 * 1024 + 16 * 1024);
    }

    @Test
    void reads_a_stream_up_to_the_limit_exactly() {
        byte[] data = new byte[1000];
        assertThat(BoundedReader.readAtMost(new ByteArrayInputStream(data), 1000)).hasSize(1000);
        assertThatThrownBy(() -> BoundedReader.readAtMost(new ByteArrayInputStream(data), 999))
                .isInstanceOf(ImportException.class);
    }
}
