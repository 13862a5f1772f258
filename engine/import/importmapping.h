#pragma once

#include "delimitedtext.h"
#include "exercise.h"
#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <vector>

namespace attend {

// How the columns of a file recorded by another tool become an exercise's trial fields
// (docs/import.md). A mapping file is a JSON object {"fields": {NAME: SPEC, …}}; each SPEC names
// the source "column", or gives one "value" for every row, and how its text converts:
//   flags    "true": [texts], "false": [texts]   (default: 1/true/yes and 0/false/no)
//   numbers  "unit": "ms" or "s" for times (stored in ms); "first": the number of the first
//            trial (0 or 1) for "trial"
//   choices  "values": {"source text": "Attend's value", …} (default: the same text)
//   text     "prefix": put before the value (participant codes must start like Attend's)
// NAME is one of the exercise's import fields (Exercise::importFields) or one of the fields
// every exercise takes: participant, session, block, trial, practice, response, started_at.
// An optional "rows": {"column": C, "keep": [texts]} keeps only the rows whose C is one of
// those (other tools write instructions and other tasks into the same file).
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    // `fileName` names the mapping in messages.
    static Result<ImportMapping> parse(const QJsonObject &json,
                                       const std::vector<ImportField> &exerciseFields,
                                       const QString &fileName);

    // Ties the mapping to a data file's header: every column it names must be there.
    Result<void> bind(const QStringList &header, const QString &dataFile);
    // One row's values by field name (flags: bool, numbers: double, others: text); an empty
    // cell of an optional field (or of rt_ms: no response) leaves the field out.
    Result<QJsonObject> convert(const DelimitedText::Row &row, const QString &dataFile) const;
    bool maps(const QString &field) const;
    // Whether the "rows" filter keeps this row (no filter: every row).
    bool keeps(const DelimitedText::Row &row) const;

private:
    enum class Kind { Flag, Number, Choice, Text, DateTime };
    struct Spec
    {
        QString name;
        Kind kind = Kind::Text;
        bool required = false;
        QString column; // empty: `constant` for every row
        QString constant;
        int columnIndex = -1;
        QStringList trueTexts, falseTexts; // empty: the defaults
        QMap<QString, QString> values;     // choices: source → Attend
        QStringList choices;
        double scale = 1.0; // seconds → ms
        double first = 0.0; // trial numbers
        QString prefix;
    };
    static Result<Spec> specOf(Spec spec, const QJsonObject &json, const QString &where);
    Result<QJsonValue> value(const Spec &spec, const QString &text, const QString &where) const;

    std::vector<Spec> m_specs;
    QString m_filterColumn; // empty: keep every row
    int m_filterIndex = -1;
    QStringList m_keep;
};

} // namespace attend
