package yearbook.compile;

import yearbook.model.Observation;

/**
 * An observation of an accepted, standing submission, with its database ids for lineage.
 */
public record StoredObservation(long id, long submissionId, Observation observation) {
}
