package vn.lamtheo.platform.web.idempotency;

import java.util.Map;

/** The first answer to a request with an idempotency key, as it is replayed: status, the headers that matter, body. */
record RecordedAnswer(int status, Map<String, String> headers, byte[] body) {
}
