package vn.lamtheo.platform.demo;

import org.junit.jupiter.api.Test;
import vn.lamtheo.platform.directory.DirectoryData;
import vn.lamtheo.platform.directory.DirectoryData.PersonEntry;
import vn.lamtheo.platform.directory.DirectoryData.UnitEntry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped demo tree has the corpus's unit ids and the accounts DESIGN.md promises. */
class DemoDirectoryTest {

    final DirectoryData demo = DemoSeeder.load();
    final Map<String, UnitEntry> units = demo.units().stream().collect(Collectors.toMap(UnitEntry::id, Function.identity()));
    final Map<String, PersonEntry> people = demo.people().stream().collect(Collectors.toMap(PersonEntry::id, Function.identity()));

    @Test
    void theDistrictHasItsFifteenCommunesAndTowns() {
        assertThat(units.get("cau-ngang").type()).isEqualTo("DISTRICT");
        List<String> communes = demo.units().stream().filter(u -> "cau-ngang".equals(u.parentId())).map(UnitEntry::id).toList();
        assertThat(communes).hasSize(15).contains("cau-ngang/nhi-truong", "cau-ngang/thi-tran-cau-ngang", "cau-ngang/thi-tran-my-long");
        assertThat(units.get("cau-ngang/nhi-truong").name()).isEqualTo("Đảng bộ xã Nhị Trường");
        assertThat(units.get("cau-ngang/nhi-truong/ap-la-bang-chop").name()).isEqualTo("Chi bộ ấp Là Bang Chóp");
        communes.forEach(c -> assertThat(demo.units()).filteredOn(u -> c.equals(u.parentId())).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void everyParentIsDefinedAndNamesHaveDiacritics() {
        demo.units().stream().filter(u -> u.parentId() != null).forEach(u -> assertThat(units).containsKey(u.parentId()));
        assertThat(units.get("cau-ngang/hiep-my-dong/tram-y-te").name()).isEqualTo("Chi bộ Trạm Y tế");
    }

    @Test
    void theDemoAccountsSitWhereDesignMdSays() {
        assertThat(demo.accounts()).extracting(DirectoryData.AccountEntry::username).containsExactlyInAnyOrder(
                "admin", "curator", "supervisor", "committee1", "secretary1", "member1", "member2", "secretary2", "member3", "keeper1");
        assertThat(people.get("curator").unitId()).isEqualTo("cau-ngang");
        assertThat(people.get("committee1").unitId()).isEqualTo("cau-ngang/nhi-truong");
        String branch1 = people.get("secretary1").unitId();
        assertThat(branch1).startsWith("cau-ngang/nhi-truong/");
        assertThat(List.of(people.get("member1").unitId(), people.get("member2").unitId())).containsOnly(branch1);
        assertThat(people.get("secretary1").roles()).containsExactlyInAnyOrder("BRANCH_SECRETARY", "MEMBER");
        String branch2 = people.get("secretary2").unitId();
        assertThat(branch2).doesNotStartWith("cau-ngang/nhi-truong/");
        assertThat(people.get("member3").unitId()).isEqualTo(branch2);
        assertThat(people.get("keeper1").unitId()).isEqualTo("cau-ngang/nhi-truong");
        assertThat(people.get("keeper1").roles()).containsExactly("CABINET_KEEPER");
        demo.people().forEach(p -> assertThat(units).containsKey(p.unitId()));
    }
}
