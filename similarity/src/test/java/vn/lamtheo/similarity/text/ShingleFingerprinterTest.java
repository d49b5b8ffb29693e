package vn.lamtheo.similarity.text;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ShingleFingerprinterTest {

    private static final String[] WORDS = ("chap hanh nghiem dieu le dang quy dinh ve nhung dieu dang vien khong duoc "
            + "lam tu tuong chinh tri dao duc loi song tac phong le loi lam viec trach nhiem neu guong").split(" ");

    @Test
    void anySharedRunOfTSyllablesYieldsACommonFingerprint() {
        ShingleFingerprinter fingerprinter = new ShingleFingerprinter(5, 12);
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            String shared = words(random, 12);
            String a = words(random, random.nextInt(60)) + " " + shared + " " + words(random, random.nextInt(60));
            String b = words(random, random.nextInt(60)) + " " + shared + " " + words(random, random.nextInt(60));
            Set<Long> fa = hashes(fingerprinter.fingerprints(Syllables.of(a)));
            Set<Long> fb = hashes(fingerprinter.fingerprints(Syllables.of(b)));
            fa.retainAll(fb);
            assertThat(fa).as("trial %d", trial).isNotEmpty();
        }
    }

    @Test
    void fingerprintsAreDeterministicAndCarryOriginalOffsets() {
        ShingleFingerprinter fingerprinter = new ShingleFingerprinter(5, 12);
        String text = "Chấp hành nghiêm Điều lệ Đảng, Quy định về những điều đảng viên không được làm.";
        List<Fingerprint> first = fingerprinter.fingerprints(Syllables.of(text));
        assertThat(fingerprinter.fingerprints(Syllables.of(text))).isEqualTo(first);
        assertThat(first).isNotEmpty().allSatisfy(f -> {
            String shingle = text.substring(f.originalStart(), f.originalEnd());
            assertThat(Syllables.of(shingle).size()).isEqualTo(5);
        });
    }

    @Test
    void textShorterThanAWindowStillHasAFingerprint() {
        ShingleFingerprinter fingerprinter = new ShingleFingerprinter(5, 12);
        assertThat(fingerprinter.fingerprints(Syllables.of("một hai ba bốn năm sáu"))).hasSize(1);
        assertThat(fingerprinter.fingerprints(Syllables.of("một hai ba"))).isEmpty();
    }

    private static String words(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return out.toString().trim();
    }

    private static Set<Long> hashes(List<Fingerprint> fingerprints) {
        return fingerprints.stream().map(Fingerprint::hash).collect(Collectors.toCollection(HashSet::new));
    }
}
