#pragma once

#include "export/exportdataset.h"
#include "import/trialimport.h"
#include "result.h"
#include "session/traineesimulation.h"

#include <QCommandLineParser>
#include <functional>
#include <optional>

namespace attend {

struct ExportOptions
{
    QString format; // an ExportFormats id
    QString out;
    bool force = false;
    ExportSelection selection;
};

struct EvaluateOptions
{
    QString exercise;    // empty: every exercise
    QString participant; // empty: everyone
    bool json = false;
};

struct ImportOptions
{
    TrialImport::Request request;
    bool dryRun = false;
};

struct SimulateOptions
{
    SimulationPlan plan;
    QString exercise;       // an id or "all"
    QString populationFile; // empty: the standard population
    QString programme;      // an id: the people follow it instead of sessions and exercises
};

// attend-cli's command line (DESIGN.md §7): its options, which command each belongs to and what
// they mean for it. Every problem found here is a usage error with a one-line message.
class CliOptions
{
public:
    // The ExportFormats id for --format and --audience; none if there is no such format.
    using FormatLookup =
        std::function<std::optional<QString>(const QString &format, const QString &audience)>;

    // `formats`: the --format values, for the help text.
    explicit CliOptions(const QStringList &formats);

    // Parses `arguments` (with the program name first) and checks that every option given
    // belongs to the command given.
    Result<void> parse(const QStringList &arguments);
    bool helpAsked() const { return m_parser.isSet(QStringLiteral("help")); }
    bool versionAsked() const { return m_parser.isSet(QStringLiteral("version")); }
    QString helpText() const { return m_parser.helpText(); }
    QString command() const { return m_parser.positionalArguments().value(0); }
    QStringList commandArguments() const { return m_parser.positionalArguments().mid(1); }
    QString database() const; // --db, or the standard location
    QString name() const { return m_parser.value(m_name); }
    bool passphraseFromStdin() const { return m_parser.isSet(m_passphraseStdin); }
    QString copyFrom() const { return m_parser.value(m_from); } // copy --from
    QString copyTo() const { return m_parser.value(m_to); }     // copy --to

    Result<ExportOptions> exportOptions(const FormatLookup &formatId) const;
    Result<SimulateOptions> simulateOptions() const;
    EvaluateOptions evaluateOptions() const;
    Result<ImportOptions> importOptions() const;

private:
    Result<void> checkCommand() const;
    // An integer option within [low, high]; `fallback` when not given (none if < 0).
    std::optional<int> count(const QCommandLineOption &option, int low, int high,
                             int fallback) const;

    QStringList m_formats;
    QCommandLineParser m_parser;
    const QCommandLineOption m_db, m_name, m_participants, m_sessions, m_exercise, m_mode, m_seed,
        m_trials, m_format, m_out, m_participant, m_since, m_names, m_audience, m_force, m_json,
        m_population, m_programme, m_mapping, m_dryRun, m_passphraseStdin, m_from, m_to;
};

} // namespace attend
