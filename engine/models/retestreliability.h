#pragma once

#include "result.h"

#include <QString>
#include <optional>

namespace attend {

class Database;

// A measure's retest reliability, estimated from the people in this database who took the
// exercise's assessment at least twice: the key measure of each one's first two complete
// assessments (DESIGN.md §6: change between assessments needs a retest reliability, never a
// norm). With fewer than kMinimumPeople there is no estimate: a correlation from fewer people is
// too uncertain to rest a statement on (for r = .7 from 20 people the 95 % interval is already
// .37–.87).
class RetestReliability
{
public:
    static constexpr int kMinimumPeople = 20;

    struct Estimate
    {
        int people = 0; // with two complete assessments that have a value
        // From kMinimumPeople on: Pearson's r of first and second, the SD of the first scores
        // and the mean of second − first (the practice effect).
        std::optional<double> r, firstSd, practice;
    };

    static Result<Estimate> estimate(Database &db, const QString &exercise, const QString &key);
};

} // namespace attend
