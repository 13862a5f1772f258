#pragma once

#include "exportdataset.h"
#include "fieldrow.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace attend {

// The flat columns every trial-level export shares (no nested JSON in a cell): the trial's own
// fields and its flags one column each (the stimulus fields: StimulusColumns); the sessions'
// and measures' columns; what each column means.
class ExportColumns
{
public:
    // Column names of one trial, and its values appended to `row` (empty: no value).
    static QStringList trialHeader();
    static void trialValues(const TrialRecord &t, FieldRow &row);
    // The timing and rerun flags' columns, in TrialFlag order (the import reads them back).
    static const std::vector<std::pair<QString, TrialFlag>> &flagColumns();
    // The measure keys of the exported sessions' wide columns, in first-seen order: those the
    // protocol names (not details), from the sessions' stored measures.
    static QStringList measureKeysOf(const ExportDataset &dataset);
    // Every stored measure, a row each (the long measures.csv): participant, session, exercise,
    // mode, measure, value, unit, n_used, n_excluded, metrics_version, note.
    static QStringList measureHeader();
    static void measureRows(const ExportedSession &s,
                            const std::function<void(const FieldRow &)> &take);
    // Provenance of the whole export: app version, build id, selection, every session's
    // parameters and platform (DESIGN.md §3: every file carries them, in a JSON sidecar).
    static QJsonObject provenance(const ExportDataset &dataset, const QString &format);
    static QString number(double value); // shortest round-tripping text; empty for NaN
    static QString number(std::optional<double> value); // empty when absent

    // The sessions table's columns (display_name only when names are exported) and one
    // session's values; a measure's value, empty when there was no estimate.
    static QStringList sessionHeader(bool names);
    static QStringList sessionValues(const ExportedSession &s, bool names);
    static QString measureValue(const ExportedSession &s, const QString &key);
    // One row of the data dictionary: file, column, type, unit, meaning, source.
    static QStringList dictionaryRow(const QString &file, const QString &column);

    ExportColumns() = delete;
};

} // namespace attend
