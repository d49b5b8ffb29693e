package vn.lamtheo.platform.security.personaldata;

import org.springframework.stereotype.Component;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.audit.ReadAudit;

/** In a person's export: who read their data, and their earlier exports. */
@Component
public class AuditPersonalData implements PersonalDataSection {

    private final ReadAudit audit;

    public AuditPersonalData(ReadAudit audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "readsOfMyData";
    }

    @Override
    public Object of(Actor person) {
        return audit.find(person.personId(), null, null, null);
    }
}
