package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexKeyTypeTest {

    private static final List<KeyValue> KEYS = List.of(
        new KeyValue(1.0), new KeyValue(2.0), new KeyValue(Long.MAX_VALUE), new KeyValue("a#1"),
        new KeyValue("a#10"), new KeyValue(true), new KeyValue((Object) null), new KeyValue(Missing.getInstance()),
        new KeyValue("a", 1.0), new KeyValue("a", 2.0), new KeyValue(new Document("x", 1.0)),
        new KeyValue(new Document("x", 2.0)), new KeyValue((Object) List.of(1.0, 2.0)), new KeyValue(List.of(1.0, 2.0)));

    @Test
    void the_order_is_total_and_agrees_with_equality() {
        for (KeyValue a : KEYS) {
            for (KeyValue b : KEYS) {
                int ab = IndexKeyType.INSTANCE.compare(a, b);
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(IndexKeyType.INSTANCE.compare(b, a)));
                for (KeyValue c : KEYS) {
                    if (ab < 0 && IndexKeyType.INSTANCE.compare(b, c) < 0) {
                        assertThat(IndexKeyType.INSTANCE.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void every_key_reads_back_equal_including_values_bson_cannot_carry() {
        for (KeyValue key : KEYS) {
            WriteBuffer buffer = new WriteBuffer();
            IndexKeyType.INSTANCE.write(buffer, key);
            ByteBuffer written = buffer.getBuffer().flip();
            KeyValue read = IndexKeyType.INSTANCE.read(written);
            assertThat(IndexKeyType.INSTANCE.compare(read, key)).as("%s", key).isZero();
            if (key.stream().noneMatch(Missing.class::isInstance)) {
                assertThat(read).isEqualTo(key);
            }
            assertThat(written.hasRemaining()).isFalse();
        }
    }
}
