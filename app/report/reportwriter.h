#pragma once

#include "export/exportformat.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

class QDateTime;
class QTextDocument;

namespace attend {

class Database;
class Exercise;
class ExerciseRegistry;
class ProgressModel;

// The PDF report (DESIGN.md §2: the one export in app/, because its charts are Qt Charts).
// The clinician version lists every session of every exercise with the key measure, its 95 %
// interval and the change from the participant's own first session, the progress charts, a
// timing audit, the software versions and where each formula is defined. The participant version
// says the same in plain words with the charts. No norms: there are none to compare with.
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
    static QString title(const QString &code, Audience audience);
    // An exercise's part of the report (empty without completed sessions); its chart images are
    // added to `document`.
    Result<QString> exerciseSection(const Exercise &exercise, qint64 participantId, bool clinician,
                                    QTextDocument &document) const;
    static QString sessionTable(const ProgressModel &model);
    Result<QString> timingAudit(qint64 participantId) const;
    static QString methods();
    static QString dateText(const QDateTime &when);
    static Result<void> print(QTextDocument &document, const QString &title, const QString &path);

    Database &m_db;
    const ExerciseRegistry &m_registry;
};

} // namespace attend
