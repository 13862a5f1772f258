#pragma once

#include "export/exportformat.h"
#include "models/reportsummary.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <vector>

class QDateTime;
class QTextDocument;

namespace attend {

class ChartTextObject;
class Database;
class Exercise;
class ExerciseRegistry;

// The PDF report (DESIGN.md §2: the one export in app/, because its charts are Qt Charts).
// The clinician version opens on a one-page summary (what was done, each exercise's key measure
// at the first and latest assessment with its 95 % interval, the reliable change between them,
// the training level, the sessions to look at), then a page per exercise with every session and
// the progress charts, a timing audit, the software versions and where each formula is defined.
// The participant version says the same in plain words, to the participant, with the charts.
// No norms: there are none to compare with.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Audience { Clinician, Participant };

    ReportWriter(Database &db, const ExerciseRegistry &registry) : m_db(db), m_registry(registry) {}

    // Writes `path` (a PDF); the database is only read.
    Result<void> write(const QString &participantCode, Audience audience, const QString &path);
    // One report per selected participant, "<code>.pdf", into `destination` through a staged
    // ExportFolder (nothing is left on failure or cancellation). The files written.
    Result<QStringList> writeAll(const ExportSelection &selection, Audience audience,
                                 const QString &destination, bool force,
                                 const ExportFormat::Progress &progress = {});

private:
    // One exercise the participant has completed sessions of, loaded once for the whole report.
    struct Part
    {
        const Exercise *exercise = nullptr;
        std::unique_ptr<ProgressModel> model;
        ProgressPresenter::View view;
        ReportSummary::Row row;
    };

    Result<std::vector<Part>> load(qint64 participantId) const;
    static QString title(const QString &code, Audience audience);
    static QString header(const QString &code, Audience audience);
    Result<QString> programmeText(qint64 participantId) const;
    // The first page: what was done, key results with intervals and change, what to look at.
    static QString summary(const std::vector<Part> &parts, const QStringList &flags);
    static QString resultsTable(const std::vector<Part> &parts);
    static QString counts(const ReportSummary::Row &row, bool plain);
    // The participant's first page, in plain words and the second person.
    static QString plainSummary(const std::vector<Part> &parts);
    static QString plainResults(const Part &part);
    static QString plainChange(const Part &part);
    // An exercise's page: (clinician) its sessions' table and notes, and its charts.
    static QString details(const Part &part, bool clinician, ChartTextObject &charts);
    static QString sessionTable(const ProgressModel &model);
    Result<QString> timingAudit(qint64 participantId) const;
    static QString methods();
    static Result<void> print(QTextDocument &document, const QString &title, const QString &path);

    Database &m_db;
    const ExerciseRegistry &m_registry;
};

} // namespace attend
