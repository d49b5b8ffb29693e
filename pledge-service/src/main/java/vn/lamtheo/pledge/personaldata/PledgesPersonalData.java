package vn.lamtheo.pledge.personaldata;

import org.springframework.stereotype.Component;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.personaldata.PersonalDataSection;
import vn.lamtheo.pledge.application.PledgeApplication;
import vn.lamtheo.pledge.application.PledgeHistory;
import vn.lamtheo.pledge.application.PledgeView;
import vn.lamtheo.pledge.copycheck.CopyReport;
import vn.lamtheo.pledge.copycheck.CopyReportQuery;
import vn.lamtheo.pledge.mine.MyPledgesQuery;

import java.util.List;

/**
 * In a member's export: each of their pledges with its history and its copy report, read through the same paths
 * the member reads them by, so other members' pledges named in them are shown only as far as the member may see.
 */
@Component
public class PledgesPersonalData implements PersonalDataSection {

    /** One pledge of the member, whole. */
    public record ExportedPledge(PledgeView pledge, List<PledgeHistory.Entry> history, CopyReport copyReport) {
    }

    private final MyPledgesQuery mine;
    private final PledgeApplication pledges;
    private final CopyReportQuery copyReports;

    public PledgesPersonalData(MyPledgesQuery mine, PledgeApplication pledges, CopyReportQuery copyReports) {
        this.mine = mine;
        this.pledges = pledges;
        this.copyReports = copyReports;
    }

    @Override
    public String name() {
        return "pledges";
    }

    @Override
    public Object of(Actor person) {
        return mine.load(person).pledges().stream()
                .map(p -> new ExportedPledge(pledges.view(person, p.pledgeId()), pledges.history(person, p.pledgeId()),
                        copyReports.load(person, p.pledgeId())))
                .toList();
    }
}
