package vn.lamtheo.similarity;

import java.util.List;
import java.util.Random;

/** Seeded Vietnamese-looking text for engine tests: every generated sentence is (practically) unique. */
final class SyntheticPledges {

    private static final String[] WORDS = ("Đảng viên chấp hành nghiêm điều lệ quy định tư tưởng chính trị đạo đức lối "
            + "sống tác phong lề lối làm việc trách nhiệm nêu gương hạn chế khuyết điểm biện pháp khắc phục nội dung "
            + "đăng ký làm theo nhân dân cơ sở học tập rèn luyện phấn đấu hoàn thành nhiệm vụ được giao xã ấp chi bộ "
            + "tuyên truyền vận động gia đình người thân kinh tế văn hóa xã hội quốc phòng an ninh nông thôn mới").split(" ");

    private final Random random;

    SyntheticPledges(long seed) {
        this.random = new Random(seed);
    }

    String sentence(int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < words ? " " : ".");
        }
        return out.toString();
    }

    String paragraph(int sentences) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            out.append(i == 0 ? "" : " ").append(sentence(15 + random.nextInt(10)));
        }
        return out.toString();
    }

    SimilarityDocument document(String id, String owner, int year) {
        return new SimilarityDocument(id, owner, year, List.of(
                new Section("tuTuongChinhTri", paragraph(4)),
                new Section("daoDucLoiSong", paragraph(4)),
                new Section("noiDungLamTheo", paragraph(4))));
    }
}
