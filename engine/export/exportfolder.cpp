#include "exportfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

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

namespace {

constexpr char kStagingPrefix[] = ".attend-export-";
constexpr char kOwner[] = ".owner";          // the process that stages there, while it does
constexpr char kMarker[] = ".attend-export"; // in every export: what --force may replace

// Marks `folder` as this process's, so that a later export knows it from an abandoned one.
bool claim(const QString &folder)
{
    QFile owner(folder + u'/' + QLatin1String(kOwner));
    return owner.open(QIODevice::WriteOnly) &&
           owner.write(QByteArray::number(QCoreApplication::applicationPid())) > 0;
}

// Staging folders (and earlier exports set aside) left by a process that was killed: its owner
// is no longer running. A live export beside this one keeps its own.
void removeAbandoned(const QString &parent)
{
    const QStringList found = QDir(parent).entryList(
        {QLatin1String(kStagingPrefix) + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : found) {
        QFile owner(parent + u'/' + name + u'/' + QLatin1String(kOwner));
        const qint64 pid = owner.open(QIODevice::ReadOnly) ? owner.readAll().toLongLong() : 0;
        const bool running = pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
        if (!running)
            QDir(parent + u'/' + name).removeRecursively();
    }
}

} // namespace

ExportFolder::ExportFolder(QString destination, std::unique_ptr<QTemporaryDir> staging)
    : m_destination(std::move(destination)), m_staging(std::move(staging))
{}

ExportFolder::~ExportFolder() = default;

bool ExportFolder::holdsExport(const QString &destination)
{
    return QFileInfo::exists(QDir(destination).filePath(QLatin1String(kMarker)));
}

Result<std::unique_ptr<ExportFolder>> ExportFolder::open(const QString &destination, bool force)
{
    const QFileInfo info(destination);
    const QString path = info.absoluteFilePath();
    if (info.exists() && !info.isDir())
        return Error(Error::Kind::InvalidInput, Error::tr("%1 is a file, not a folder.").arg(path),
                     path);
    const bool empty =
        QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty();
    // Replacing an earlier export is allowed, whole; a folder of other files is never emptied.
    if (info.exists() && !empty && !holdsExport(path))
        return Error(Error::Kind::InvalidInput,
                     Error::tr("The folder %1 holds files that are not an earlier Attend export; "
                               "Attend overwrites only its own exports. Choose an empty or new "
                               "folder.")
                         .arg(path),
                     path);
    if (info.exists() && !empty && !force)
        return Error(Error::Kind::InvalidInput,
                     Error::tr("The folder %1 holds an earlier export; choose an empty or new "
                               "folder, or allow replacing it.")
                         .arg(path),
                     path);
    // The staging folder sits beside the destination, on the same disk, so moving is renaming.
    const QString parent = info.absoluteDir().absolutePath();
    if (!QDir().mkpath(parent))
        return unwritable(parent);
    removeAbandoned(parent);
    auto staging = std::make_unique<QTemporaryDir>(parent + u'/' + QLatin1String(kStagingPrefix) +
                                                   QStringLiteral("XXXXXX"));
    if (!staging->isValid() || !claim(staging->path()))
        return unwritable(parent);
    auto folder = std::unique_ptr<ExportFolder>(new ExportFolder(path, std::move(staging)));
    if (auto marked = folder->write(QLatin1String(kMarker),
                                    "An Attend export. attend-cli export --force replaces this "
                                    "folder whole.\n");
        !marked)
        return marked.error();
    return folder;
}

Result<void> ExportFolder::write(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = m_staging->filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return unwritable(m_destination);
    // A plain write: the staging folder, not each file, is what appears whole (commit()).
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return unwritable(m_destination);
    m_written << relativePath;
    return {};
}

Result<std::unique_ptr<QFile>> ExportFolder::create(const QString &relativePath)
{
    const QString path = m_staging->filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return unwritable(m_destination);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return unwritable(m_destination);
    m_written << relativePath;
    return file;
}

Result<void> ExportFolder::append(QFile &file, const QByteArray &bytes) const
{
    if (file.write(bytes) != bytes.size())
        return unwritable(m_destination);
    return {};
}

Result<void> ExportFolder::finish(QFile &file) const
{
    if (!file.flush())
        return unwritable(m_destination);
    file.close();
    return {};
}

void ExportFolder::discard(const QString &relativePath)
{
    QFile::remove(m_staging->filePath(relativePath));
    m_written.removeAll(relativePath);
}

// Puts what was staged on the disk before it is moved into place, so that an export presented
// as complete is complete after a power cut too. One flush of the folder's file system instead
// of one per file: an export of 5 000 sessions writes as many files, and a sync each made its
// time depend on whatever else the disk had to write.
bool ExportFolder::syncStaged() const
{
    const int fd = ::open(QFile::encodeName(m_staging->path()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
#ifdef __linux__
    const bool synced = ::syncfs(fd) == 0;
#else
    ::sync();
    const bool synced = true;
#endif
    ::close(fd);
    return synced;
}

Result<void> ExportFolder::commit()
{
    QFile::remove(m_staging->filePath(QLatin1String(kOwner)));
    if (!syncStaged())
        return unwritable(m_destination);
    const QString parent = QFileInfo(m_destination).absolutePath();
    QString aside; // the destination as it was, until the new export is in place
    if (QFileInfo::exists(m_destination)) {
        aside = parent + u'/' + QLatin1String(kStagingPrefix) +
                QStringLiteral("old-%1").arg(QCoreApplication::applicationPid());
        QDir(aside).removeRecursively();
        if (!QDir().rename(m_destination, aside) || !claim(aside))
            return unwritable(m_destination);
    }
    if (!QDir().rename(m_staging->path(), m_destination)) {
        if (!aside.isEmpty())
            QDir().rename(aside, m_destination);
        return unwritable(m_destination);
    }
    m_staging->setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return {};
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace attend
