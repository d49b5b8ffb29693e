package vn.lamtheo.cabinet.api;

/** What a cabinet command answers: the cabinet's version after it (the ETag) and what the caller asked for. */
public record Outcome<T>(long version, T value) {
}
