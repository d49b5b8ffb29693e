package vn.lamtheo.platform.security.personaldata;

import vn.lamtheo.platform.security.MeController;

import java.time.Instant;
import java.util.Map;

/**
 * Everything Lamtheo holds about the person who asked, as exported: who they are in the directory, and one entry
 * per {@link PersonalDataSection}.
 */
public record PersonalDataExport(Instant exportedAt, MeController.Me person, Map<String, Object> sections) {
}
