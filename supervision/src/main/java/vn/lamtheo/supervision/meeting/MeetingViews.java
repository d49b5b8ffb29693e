package vn.lamtheo.supervision.meeting;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lamtheo.supervision.store.ViewDocuments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code supervision_meetings} collection, read by year and branch (indexed). */
@Repository
public class MeetingViews {

    private final MongoCollection<Document> collection;
    private final ViewDocuments documents;

    public MeetingViews(MongoDatabase database, ViewDocuments documents) {
        this.collection = database.getCollection("supervision_meetings");
        this.documents = documents;
        createIndex();
    }

    private void createIndex() {
        collection.createIndex(Indexes.ascending("year", "branchId"));
    }

    public List<MeetingView> of(String branchId, int year) {
        List<MeetingView> result = new ArrayList<>();
        collection.find(Filters.and(Filters.eq("year", year), Filters.eq("branchId", branchId)))
                .sort(Sorts.ascending("date", "_id"))
                .forEach(d -> result.add(documents.fromDocument(d, MeetingView.class)));
        return result;
    }

    /** Thematic meetings held in the year per branch, for the given branches (absent: none held). */
    public Map<String, Integer> thematicCounts(Collection<String> branchIds, int year) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> ids = List.copyOf(branchIds);
        for (int from = 0; from < ids.size(); from += 500) {
            collection.find(Filters.and(Filters.eq("year", year), Filters.in("branchId", ids.subList(from, Math.min(ids.size(), from + 500)))))
                    .forEach(d -> {
                        MeetingView meeting = documents.fromDocument(d, MeetingView.class);
                        if (meeting.kind().isThematic()) {
                            counts.merge(meeting.branchId(), 1, Integer::sum);
                        }
                    });
        }
        return counts;
    }

    void save(MeetingView view) {
        collection.replaceOne(Filters.eq("_id", view.id()), documents.toDocument(view.id(), view), new ReplaceOptions().upsert(true));
    }

    void drop() {
        collection.drop();
        createIndex();
    }
}
