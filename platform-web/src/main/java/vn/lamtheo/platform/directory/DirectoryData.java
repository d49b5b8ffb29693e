package vn.lamtheo.platform.directory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.UnitType;

/**
 * A directory file or import body: units, people and accounts, in JSON or YAML. Every value is read as text so
 * that one bad entry (an unknown role, say) is reported on its own instead of rejecting the whole file.
 */
public record DirectoryData(List<UnitEntry> units, List<PersonEntry> people, List<AccountEntry> accounts) {

    public DirectoryData {
        units = units == null ? List.of() : units;
        people = people == null ? List.of() : people;
        accounts = accounts == null ? List.of() : accounts;
    }

    /** @param type one of {@link UnitType}; @param parentId absent for a root */
    public record UnitEntry(String id, String type, String name, String parentId) {
    }

    /** @param roles names of {@link Role}s, exercised in {@code unitId} and below */
    public record PersonEntry(String id, String fullName, String unitId, List<String> roles) {
    }

    /** Either a password (hashed with bcrypt on import) or an existing bcrypt hash. */
    public record AccountEntry(String username, String personId, String password, String passwordHash) {
        @Override
        public String toString() {
            return "AccountEntry[" + username + " -> " + personId + "]";
        }
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Reads YAML when the name ends in .yaml or .yml, JSON otherwise. */
    public static DirectoryData read(InputStream in, String fileName) throws IOException {
        String name = fileName.toLowerCase();
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        return mapper.readValue(in, DirectoryData.class);
    }
}
