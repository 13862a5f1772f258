#pragma once

#include <QString>
#include <optional>

namespace attend {

// Every stored measure's definition in one sentence with its source, from docs/metrics.md: what
// the data dictionary, the REDCap dictionary and the BIDS sidecars say a measure column means.
// Keys made from values (a set size, an interval, a block) are matched by their pattern.
class MeasureDefinitions
{
public:
    struct Definition
    {
        QString text;   // one sentence
        QString source; // the paper(s) the definition follows
    };

    // None for a key no exercise stores (a test checks that every stored key has one).
    static std::optional<Definition> of(const QString &key);
};

} // namespace attend
