#pragma once

#include "fieldrow.h"
#include "trialrecord.h"

#include <QStringList>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace attend {

class JsonScan;

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
    // Appends to `row` the trial's value for every column known once it is read (its new fields
    // are appended to keys(), so a later trial may have more columns than an earlier one; empty:
    // no value).
    void values(const TrialRecord &t, FieldRow &row);
    const QStringList &keys() const { return m_keys; }

private:
    // One field of the stimulus: its name and its column's text, as spans of m_text.
    struct Field
    {
        qsizetype key, keyEnd, value, valueEnd;
    };
    bool scan(std::string_view json); // the usual stimulus, read directly; false: anything else
    bool scanValue(JsonScan &in, std::string_view key, bool &keep);
    void parse(const std::string &json); // any stimulus, read by QJsonDocument
    qsizetype columnOf(QByteArrayView key);

    QStringList m_keys;
    std::map<std::string, qsizetype, std::less<>> m_column; // key → its index in m_keys
    std::string m_text;                                     // this trial's names and values
    std::vector<Field> m_fields;
    std::vector<qsizetype> m_order; // field index per column, −1 for none
};

} // namespace attend
