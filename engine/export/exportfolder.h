#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QFile;
class QJsonObject;
class QTemporaryDir;

namespace attend {

// Where an export is written: every file goes first into a staging folder beside the
// destination, and only a finished export is moved into place, so that a failure or a
// cancellation never leaves half-written files presented as complete. A destination that holds
// files is refused unless `force` is set, and then only if it is an earlier Attend export (its
// hidden `.attend-export` marker), which is replaced whole — never merged with. Staging folders
// abandoned by a killed export are removed by the next one.
class ExportFolder
{
public:
    static Result<std::unique_ptr<ExportFolder>> open(const QString &destination, bool force);
    // Whether `destination` holds an earlier Attend export (which `force` replaces).
    static bool holdsExport(const QString &destination);
    ~ExportFolder();

    // `relativePath` may contain folders ("sub-P001/ses-1/beh/…").
    Result<void> write(const QString &relativePath, const QByteArray &bytes);
    // A file to write piece by piece (a table too large to hold in memory): each piece through
    // append() and the end through finish(), which say when the disk refused it.
    Result<std::unique_ptr<QFile>> create(const QString &relativePath);
    Result<void> append(QFile &file, const QByteArray &bytes) const;
    Result<void> finish(QFile &file) const;
    // Removes a file written only as a step towards another (it is not part of the export).
    void discard(const QString &relativePath);
    // Moves everything written into the destination.
    Result<void> commit();
    QString destination() const { return m_destination; }
    QStringList written() const { return m_written; }
    // The message for a destination that cannot be created or written.
    static Error unwritable(const QString &path);

private:
    ExportFolder(QString destination, std::unique_ptr<QTemporaryDir> staging);
    bool syncStaged() const;
    QString m_destination;
    std::unique_ptr<QTemporaryDir> m_staging;
    QStringList m_written;
};

// The text of a JSON file an export writes (indented, UTF-8).
QByteArray jsonBytes(const QJsonObject &object);

} // namespace attend
