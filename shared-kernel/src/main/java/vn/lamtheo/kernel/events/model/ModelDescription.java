package vn.lamtheo.kernel.events.model;

/**
 * The registration form used in practice. Parts may be blank in a draft; submission requires them.
 *
 * @param reason          sự cần thiết, lý do xây dựng mô hình
 * @param goals           mục tiêu, tiêu chí
 * @param content         nội dung, cách làm
 * @param scope           địa bàn, đối tượng thụ hưởng
 * @param forces          lực lượng thực hiện
 * @param resources       nguồn lực, kinh phí
 * @param timeline        thời gian thực hiện, mốc đánh giá kết quả
 * @param expectedResults kết quả dự kiến, kiểm chứng được
 * @param replication     khả năng nhân rộng
 */
public record ModelDescription(String reason, String goals, String content, String scope, String forces,
                               String resources, String timeline, String expectedResults, String replication) {

    public static final ModelDescription EMPTY = new ModelDescription(null, null, null, null, null, null, null, null, null);
}
