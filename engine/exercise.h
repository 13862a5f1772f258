#pragma once

#include <QString>

namespace attend {

// One training and assessment task (DESIGN.md §2). Exercises live in exercises/ and register
// themselves in the ExerciseRegistry; the shell lists whatever the registry holds.
class Exercise
{
public:
    virtual ~Exercise() = default;

    // Stable identifier used in the database and in exports (BIDS task label: letters/digits).
    virtual QString id() const = 0;
    // Translated name and one-line description for the home page.
    virtual QString displayName() const = 0;
    virtual QString description() const = 0;
};

} // namespace attend
