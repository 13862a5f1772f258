#pragma once

#include "export/exportdataset.h"
#include "session/traineesimulation.h"
#include "storage/result.h"

#include <QStringList>

class QTextStream;

namespace attend {

class Database;

struct ExportOptions
{
    QString format, out;
    QString audience = QStringLiteral("clinician"); // pdf: clinician or participant
    bool force = false;
    ExportSelection selection;
};

struct SimulateOptions
{
    SimulationPlan plan;
    QString exercise; // an id or "all"
};

// attend-cli: headless commands over an Attend database (DESIGN.md §7). Exit codes: 0 ok,
// 1 bad usage, 2 data problem; every failure is one line that says what and where.
class CliCommands
{
public:
    enum ExitCode { Ok = 0, Usage = 1, DataProblem = 2 };

    CliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // `arguments` includes the program name, as QCoreApplication::arguments() gives it.
    int run(const QStringList &arguments);

private:
    int check(Database &db);
    int participants(Database &db, const QStringList &args, const QString &name);
    int simulate(Database &db, const SimulateOptions &options);
    int exportData(Database &db, const ExportOptions &options);
    Result<QStringList> reports(Database &db, const ExportOptions &options);
    int fail(int code, const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace attend
