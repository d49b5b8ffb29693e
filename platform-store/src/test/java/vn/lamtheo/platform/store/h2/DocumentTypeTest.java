package vn.lamtheo.platform.store.h2;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The page cache holds pages up to the sum of these estimates: an estimate below the truth lets it fill the heap. */
class DocumentTypeTest {

    @Test
    void binary_data_counts_with_its_length_in_the_page_cache_estimate() {
        Document postings = new Document("_id", 42L).append("p", List.of(new BinData(new byte[100_000]),
                new BinData(new byte[50_000])));
        Document texts = new Document("_id", "pl-1").append("t", new BinData(new byte[6_000]));

        assertThat(DocumentType.INSTANCE.getMemory(postings)).isGreaterThanOrEqualTo(150_000);
        assertThat(DocumentType.INSTANCE.getMemory(texts)).isGreaterThanOrEqualTo(6_000);
    }

    @Test
    void strings_count_two_bytes_a_character() {
        assertThat(DocumentType.INSTANCE.getMemory(new Document("s", "x".repeat(10_000)))).isGreaterThanOrEqualTo(20_000);
    }
}
