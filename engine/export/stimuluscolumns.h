#pragma once

#include "trialrecord.h"

#include <QHash>
#include <QStringList>

namespace attend {

// The stimulus columns of a trial-level export (stim_<name>), learnt from the trials as they are
// read, so that each trial's stimulus JSON is parsed once: every scalar field, and of the arrays
// only those a measure reads (divided attention's staircase states, as compact JSON), so that an
// imported export gives the same measures; item positions and other nested values are in the
// JSON export only. Columns come in the order a reader meets them: the first trial's fields by
// name (a JSON object keeps its names sorted), then what later trials add. A stimulus that is not
// a JSON object adds nothing.
class StimulusColumns
{
public:
    // The trial's value for every column known once it is read (its new fields are appended to
    // keys(), so a later trial may have more columns than an earlier one; empty: no value).
    QStringList values(const TrialRecord &t);
    const QStringList &keys() const { return m_keys; }

private:
    QStringList m_keys;
    QHash<QString, qsizetype> m_column; // key → its index in m_keys
};

} // namespace attend
