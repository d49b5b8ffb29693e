package vn.lamtheo.supervision.campaign;

import vn.lamtheo.supervision.campaign.CampaignReport.Criterion;
import vn.lamtheo.supervision.campaign.CampaignReport.Meetings;
import vn.lamtheo.supervision.campaign.CampaignReport.Propaganda;

import java.util.ArrayList;
import java.util.List;

/**
 * Drafts "ưu điểm" and "hạn chế" in the sentences a secretary would write, from the figures alone, so the office
 * edits a draft instead of writing from nothing. A criterion most visits passed is a strength; one any visit failed
 * is a shortcoming that names the units.
 */
final class CampaignSentences {

    /** A criterion passed by at least this share of the visits that answered it is written as a strength. */
    static final double STRENGTH_SHARE = 0.8;

    private CampaignSentences() {
    }

    static List<String> strengths(int visits, List<Criterion> criteria, Meetings meetings, Propaganda propaganda) {
        List<String> sentences = new ArrayList<>();
        for (Criterion c : criteria) {
            if (c.passShare() != null && c.passShare() >= STRENGTH_SHARE) {
                int answered = c.passed() + c.failed();
                sentences.add(c.passed() == answered
                        ? "Tất cả " + answered + " cơ sở được giám sát đều đạt nội dung \"" + lower(c.text()) + "\"."
                        : c.passed() + "/" + answered + " cơ sở được giám sát đạt nội dung \"" + lower(c.text()) + "\" (" + percent(c.passShare()) + ").");
            }
        }
        if (meetings.branches() > 0 && meetings.branchesMeetingRequirement() == meetings.branches()) {
            sentences.add("Tất cả " + meetings.branches() + " chi bộ tổ chức đủ " + meetings.required() + " buổi sinh hoạt chuyên đề trong năm.");
        }
        if (propaganda.registeredModels() > 0 && propaganda.neverPropagated() == 0) {
            sentences.add("Tất cả " + propaganda.registeredModels() + " mô hình đã được công nhận đều được tuyên truyền trên fanpage, nhóm Zalo hoặc đài truyền thanh.");
        }
        if (sentences.isEmpty() && visits > 0) {
            sentences.add("Các cơ sở được giám sát đã chuẩn bị hồ sơ, báo cáo phục vụ đoàn giám sát.");
        }
        return sentences;
    }

    static List<String> shortcomings(List<Criterion> criteria, Meetings meetings, Propaganda propaganda, int open, int overdue) {
        List<String> sentences = new ArrayList<>();
        for (Criterion c : criteria) {
            if (c.failed() > 0) {
                sentences.add((c.critical() ? "Nội dung trọng yếu \"" : "Nội dung \"") + lower(c.text()) + "\" chưa đạt ở "
                        + c.failed() + "/" + (c.passed() + c.failed()) + " cơ sở: " + String.join(", ", c.failedUnits()) + ".");
            }
        }
        int branchesShort = meetings.branches() - meetings.branchesMeetingRequirement();
        if (branchesShort > 0) {
            sentences.add(branchesShort + "/" + meetings.branches() + " chi bộ chưa tổ chức đủ " + meetings.required()
                    + " buổi sinh hoạt chuyên đề trong năm.");
        }
        if (propaganda.neverPropagated() > 0) {
            sentences.add(propaganda.neverPropagated() + "/" + propaganda.registeredModels()
                    + " mô hình đã được công nhận chưa được tuyên truyền trên fanpage, nhóm Zalo hay đài truyền thanh.");
        }
        if (overdue > 0) {
            sentences.add("Còn " + overdue + " kiến nghị quá hạn chưa được thực hiện (trong tổng số " + open + " kiến nghị chưa hoàn thành).");
        }
        return sentences;
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
