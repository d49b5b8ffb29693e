package vn.lamtheo.pledge.mine;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.pledge.EvaluationResult;
import vn.lamtheo.kernel.events.pledge.PledgeEvents;
import vn.lamtheo.platform.store.TestMongo;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MyPledgesProjectionTest {

    static TestMongo mongo;

    @BeforeAll
    static void start(@TempDir Path dir) {
        mongo = new TestMongo(dir);
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void keeps_every_year_of_a_member_and_ignores_redeliveries() {
        var projection = new MyPledgesProjection(mongo.database());
        projection.reset();
        var y25 = new PledgeEvents("pl-25", "member1", "nt/b1", "nt", 2025);
        var y26 = new PledgeEvents("pl-26", "member1", "nt/b1", "nt", 2026);
        projection.on(y25.drafted(), 0L);
        projection.on(y25.submitted(), 1L);
        projection.on(y25.approved("secretary1"), 2L);
        projection.on(y25.selfAssessed(), 3L);
        projection.on(y25.evaluated("secretary1", EvaluationResult.FULFILLED), 4L);
        projection.on(y26.drafted(), 0L);
        projection.on(y25.submitted(), 1L); // redelivered

        Document mine = mongo.database().getCollection(MyPledgesProjection.COLLECTION).find(new Document("_id", "member1")).first();
        Document pledges = mine.get("pledges", Document.class);
        assertThat(pledges.keySet()).containsExactlyInAnyOrder("pl-25", "pl-26");
        assertThat(pledges.get("pl-25", Document.class).getString("status")).isEqualTo("EVALUATED");
        assertThat(pledges.get("pl-25", Document.class).getString("evaluation")).isEqualTo("FULFILLED");
        assertThat(pledges.get("pl-26", Document.class).getString("status")).isEqualTo("DRAFT");
        assertThat(pledges.get("pl-26", Document.class).getInteger("year")).isEqualTo(2026);
    }
}
