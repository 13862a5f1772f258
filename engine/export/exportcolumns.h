#pragma once

#include "exportdataset.h"

#include <QJsonObject>
#include <QStringList>

namespace attend {

// The flat columns every trial-level export shares (no nested JSON in a cell): the trial's own
// fields, its flags one column each, and every scalar stimulus parameter as stim_<name>. Arrays
// in a stimulus (e.g. item positions) are in the JSON export only, but for those a measure
// reads (staircase states), which are compact JSON text.
class ExportColumns
{
public:
    // The stimulus fields come from the database's JSON functions, not from reading trials.
    static Result<ExportColumns> of(const ExportDataset &dataset);

    QStringList stimulusKeys() const { return m_stimulusKeys; }
    // Column names and values of one trial (empty string: no value).
    static QStringList trialHeader();
    static QStringList trialValues(const TrialRecord &t);
    // The timing and rerun flags' columns, in TrialFlag order (the import reads them back).
    static const std::vector<std::pair<QString, TrialFlag>> &flagColumns();
    QStringList stimulusValues(const TrialRecord &t) const;
    // The measure keys of the exported sessions' wide columns, in first-seen order: those the
    // protocol names (not details).
    QStringList measureKeys() const { return m_measureKeys; }
    // The same, without reading any trial (the sessions' stored measures only).
    static QStringList measureKeysOf(const ExportDataset &dataset);
    // Every stored measure, a row each (the long measures.csv): participant, session, exercise,
    // mode, measure, value, unit, n_used, n_excluded, metrics_version, note.
    static QStringList measureHeader();
    static std::vector<QStringList> measureRows(const ExportedSession &s);
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

private:
    ExportColumns() = default;

    QStringList m_stimulusKeys;
    QStringList m_measureKeys;
};

} // namespace attend
