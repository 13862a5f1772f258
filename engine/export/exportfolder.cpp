#include "exportfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

namespace attend {

Error ExportFolder::unwritable(const QString &path)
{
    return Error(Error::Kind::FolderNotWritable,
                 Error::tr("Cannot write the export to %1: the folder cannot be "
                           "created or written (check its permissions and the "
                           "free space on the disk).")
                     .arg(path),
                 path);
}

ExportFolder::ExportFolder(QString destination, std::unique_ptr<QTemporaryDir> staging)
    : m_destination(std::move(destination)), m_staging(std::move(staging))
{}

ExportFolder::~ExportFolder() = default;

Result<std::unique_ptr<ExportFolder>> ExportFolder::open(const QString &destination, bool force)
{
    const QFileInfo info(destination);
    const QString path = info.absoluteFilePath();
    if (info.exists() && !info.isDir())
        return Error(Error::Kind::InvalidInput, Error::tr("%1 is a file, not a folder.").arg(path),
                     path);
    if (info.exists() && !force &&
        !QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        return Error(Error::Kind::InvalidInput,
                     Error::tr("The folder %1 is not empty; choose an empty or new "
                               "folder (or allow overwriting).")
                         .arg(path),
                     path);
    // The staging folder sits beside the destination, on the same disk, so moving is renaming.
    const QString parent = info.absoluteDir().absolutePath();
    if (!QDir().mkpath(parent))
        return unwritable(parent);
    auto staging =
        std::make_unique<QTemporaryDir>(parent + QStringLiteral("/.attend-export-XXXXXX"));
    if (!staging->isValid())
        return unwritable(parent);
    return std::unique_ptr<ExportFolder>(new ExportFolder(path, std::move(staging)));
}

Result<void> ExportFolder::write(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = m_staging->filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return unwritable(m_destination);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return unwritable(m_destination);
    m_written << relativePath;
    return {};
}

Result<void> ExportFolder::commit()
{
    QDir destination(m_destination);
    if (!destination.exists()) {
        if (!QDir().rename(m_staging->path(), m_destination))
            return unwritable(m_destination);
        m_staging->setAutoRemove(false);
        return {};
    }
    for (const QString &relative : m_written) {
        const QString target = destination.filePath(relative);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return unwritable(m_destination);
        QFile::remove(target); // only reached with force: the folder was empty otherwise
        if (!QFile::rename(m_staging->filePath(relative), target))
            return unwritable(m_destination);
    }
    return {};
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace attend
