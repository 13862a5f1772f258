#pragma once

namespace attend {

// The version of the rules a session's measures were computed under (DESIGN.md §3), stored with
// them. `attend-cli recompute` brings older sessions to this version when a person asks,
// keeping the old values in the audit log.
//   1  (sessions whose metrics_version is empty): anticipations alone removed from RTs.
//   2  RTs trimmed per person × cell (docs/metrics.md), UFOV thresholds bounded, the CPT's
//      interval and block measures, task-switch and cue-switch costs, trial counts per measure.
//   3  a 95 % bootstrap interval stored with each measure (measureintervals.h).
constexpr int kMetricsVersion = 3;

} // namespace attend
