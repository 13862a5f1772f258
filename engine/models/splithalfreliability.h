#pragma once

#include "result.h"

#include <optional>

namespace attend {

class Database;
class Exercise;

// A measure's split-half reliability in this database (DESIGN.md §6; Issue "honest numbers"
// item 8): each person's first complete assessment is scored twice, on its odd and on its even
// trials, and the correlation of the two scores across people is stepped up to the full length
// with Spearman–Brown (reliability.h). Like the retest reliability it needs
// RetestReliability::kMinimumPeople people; a correlation from fewer says too little.
class SplitHalfReliability
{
public:
    struct Estimate
    {
        int people = 0; // whose first assessment gave the measure on both halves
        std::optional<double> reliability;
    };

    static Result<Estimate> estimate(Database &db, const Exercise &exercise, const QString &key);
};

} // namespace attend
