package vn.lamtheo.pledge.mine;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Service;
import vn.lamtheo.platform.security.Actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/** Reads the signed-in member's own pledges (one document by {@code _id}: nobody reads another's list). */
@Service
public class MyPledgesQuery {

    private final MongoCollection<Document> members;

    public MyPledgesQuery(MongoDatabase database) {
        this.members = database.getCollection(MyPledgesProjection.COLLECTION);
    }

    public MyPledges load(Actor actor) {
        Document doc = members.find(Filters.eq("_id", actor.personId())).first();
        List<MyPledges.Item> items = new ArrayList<>();
        if (doc != null) {
            Document pledges = doc.get("pledges", Document.class);
            for (String id : pledges.keySet()) {
                Document e = pledges.get(id, Document.class);
                Date updated = e.getDate("updatedAt");
                items.add(new MyPledges.Item(id, e.getInteger("year", 0), e.getString("templateKind"), e.getString("status"),
                        e.getString("branchId"), e.getInteger("findingsCount"), e.getString("revisionReason"),
                        e.getString("evaluation"), updated == null ? null : updated.toInstant()));
            }
        }
        items.sort(Comparator.comparingInt(MyPledges.Item::year).reversed().thenComparing(MyPledges.Item::templateKind,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return new MyPledges(actor.personId(), items);
    }
}
