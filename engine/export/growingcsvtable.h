#pragma once

#include "exportfolder.h"
#include "fieldrow.h"

#include <QFile>
#include <QStringList>
#include <memory>
#include <vector>

namespace attend {

// A CSV table too large to hold in memory whose last columns are known only once every row has
// been read (the stimulus fields of a trial-level export, StimulusColumns): rows are written as
// they come to a part file in the staging folder, each with the columns known then, and
// finish() writes the header and then the rows, giving each the empty fields of the columns
// added after it. So every trial is read and parsed once. Staged like every export file: a
// failure or a cancellation leaves nothing in the destination.
class GrowingCsvTable
{
public:
    static Result<GrowingCsvTable> create(ExportFolder &folder, const QString &name);

    // Buffers a row; a row never has fewer fields than the one before.
    void add(const FieldRow &fields);
    // Writes the buffered rows to the part file.
    Result<void> flush();
    // Writes the table under its name, `header` first (as wide as the widest row), and removes
    // the part file.
    Result<void> finish(const QStringList &header);

private:
    GrowingCsvTable(ExportFolder &folder, QString name, std::unique_ptr<QFile> part);
    Result<void> copyRun(QFile &from, QFile &to, qint64 bytes, qsizetype missing) const;

    struct Run // consecutive rows of one width, up to the part file's offset `end`
    {
        qint64 end = 0;
        qsizetype width = 0;
    };
    ExportFolder *m_folder;
    QString m_name;
    std::unique_ptr<QFile> m_part;
    QByteArray m_pending;
    qint64 m_size = 0; // of the part file, with the pending rows
    std::vector<Run> m_runs;
};

} // namespace attend
