#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace attend {

// Timing and data-quality flags stored with each trial (DESIGN.md §4).
enum TrialFlag : std::uint32_t {
    NoFlags = 0,
    LateFrame = 1u << 0,         // a frame of the stimulus was shown later than requested
    AutoRepeatIgnored = 1u << 1, // an auto-repeated key press arrived and was ignored
    Anticipation = 1u << 2,      // response earlier than 100 ms after onset
    NoResponse = 1u << 3,        // deadline passed without a response
    Superseded = 1u << 4,        // its block was run again after the session was resumed
    Repeated = 1u << 5,          // shown late, so run again at once (e.g. a brief display)
};

// Whether a trial counts towards a session's results: not practice, not replaced by a rerun.
bool countsTowardsResults(std::uint32_t flags, bool practice);

// The plain record every layer speaks, one per trial shown. Times are nanoseconds on the
// session's monotonic clock, counted from the session start; what did not happen (no onset
// measured, no response, no prediction) is absent, never a sentinel.
struct TrialRecord
{
    std::string task;
    int block = 0;
    int index = 0;
    bool practice = false;
    std::string condition;
    double difficulty = 0.0;
    std::string stimulus; // JSON description of every stimulus parameter

    std::optional<std::int64_t> requestedOnsetNs;
    std::optional<std::int64_t> onsetNs;
    int framesShown = 0;
    std::string response; // key name, empty when there was none
    std::optional<std::int64_t> responseNs;
    // The RT another tool recorded, for an imported trial (engine/import): it has no onset on
    // Attend's clock, so Attend makes no timing claim for it.
    std::optional<double> importedRtMs;
    bool correct = false;
    std::uint32_t flags = NoFlags;

    std::optional<double> predictedCorrect; // the model's, before the trial
    std::optional<double> predictedRtMs;
    std::string controllerRule;

    bool responded() const { return (responseNs && onsetNs) || importedRtMs; }
    // Reaction time in milliseconds; none without a response.
    std::optional<double> rtMs() const;
};

} // namespace attend
