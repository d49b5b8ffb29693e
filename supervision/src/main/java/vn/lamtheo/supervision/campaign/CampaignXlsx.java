package vn.lamtheo.supervision.campaign;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lamtheo.supervision.campaign.CampaignReport.Criterion;
import vn.lamtheo.supervision.campaign.CampaignReport.OpenRecommendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The campaign report's figures as a workbook: one sheet per criterion row, one of open recommendations. */
final class CampaignXlsx {

    private CampaignXlsx() {
    }

    static byte[] write(CampaignReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet criteria = book.createSheet("Tiêu chí");
            row(criteria, 0, List.of("Phần", "Nội dung", "Trọng yếu", "Đạt", "Không đạt", "Không áp dụng", "Tỉ lệ đạt", "Cơ sở chưa đạt"));
            int r = 1;
            for (Criterion c : report.criteria()) {
                Row row = row(criteria, r++, List.of(c.section(), c.text(), c.critical() ? "x" : "", "", "", "", "",
                        String.join(", ", c.failedUnits())));
                row.getCell(3).setCellValue(c.passed());
                row.getCell(4).setCellValue(c.failed());
                row.getCell(5).setCellValue(c.notApplicable());
                if (c.passShare() != null) {
                    row.getCell(6).setCellValue(c.passShare());
                }
            }
            XSSFSheet open = book.createSheet("Kiến nghị");
            row(open, 0, List.of("Đơn vị thực hiện", "Nhận xét", "Kiến nghị", "Hạn", "Quá hạn"));
            r = 1;
            for (OpenRecommendation o : report.openRecommendations()) {
                row(open, r++, List.of(o.ownerUnitName(), o.recommendation().finding(), o.recommendation().recommendation(),
                        o.recommendation().dueDate().toString(), o.overdue() ? "x" : ""));
            }
            XSSFSheet text = book.createSheet("Nhận xét");
            r = 0;
            for (String s : report.strengths()) {
                row(text, r++, List.of("Ưu điểm", s));
            }
            for (String s : report.shortcomings()) {
                row(text, r++, List.of("Hạn chế", s));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(XSSFSheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
        return row;
    }
}
