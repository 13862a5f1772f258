#include "exportdialog.h"

#include "export/exportfolder.h"

#include "exerciseregistry.h"
#include "pdfreportformat.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/participantrepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>
#include <atomic>
#include <optional>

namespace attend {

namespace {

QListWidgetItem *checkable(QListWidget *list, const QString &text, const QString &data,
                           bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QStringList checked(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}

} // namespace

ExportDialog::ExportDialog(Database &db, Settings &settings, const ExerciseRegistry &registry,
                           const QString &participantCode, QWidget *parent)
    : QDialog(parent), m_db(db), m_settings(settings), m_participants(new QListWidget(this)),
      m_exercises(new QListWidget(this)),
      m_useSince(new QCheckBox(tr("Only sessions &from"), this)),
      m_since(new QDateEdit(QDate::currentDate().addMonths(-3), this)),
      m_formats(new QListWidget(this)),
      m_names(new QCheckBox(tr("Include display &names (they identify people)"), this)),
      m_folder(new QLineEdit(this))
{
    setWindowTitle(tr("Export"));
    if (auto all = ParticipantRepository(db).list(ParticipantRepository::Which::All))
        for (const Participant &p : all.value())
            checkable(m_participants, p.code, p.code,
                      participantCode.isEmpty() || p.code == participantCode);
    const QStringList lastExercises = settings.exportExercises();
    for (const auto &e : registry.all())
        checkable(m_exercises, e->displayName(), e->id(),
                  lastExercises.isEmpty() || lastExercises.contains(e->id()));
    PdfReportFormat::addTo(m_formatList, registry);
    // The last export's formats; at first CSV, the format most people want.
    const QStringList lastFormats = settings.exportFormats();
    for (const ExportFormat *f : m_formatList.all())
        checkable(m_formats, f->displayName(), f->id(),
                  lastFormats.isEmpty() ? f == m_formatList.all().front()
                                        : lastFormats.contains(f->id()));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // ISO, as everywhere in Attend
    m_since->setEnabled(false);
    connect(m_useSince, &QCheckBox::toggled, m_since, &QDateEdit::setEnabled);
    // A new dated folder beside the last export (at first in Documents).
    const QString lastFolder = settings.exportFolder();
    const QDir base =
        lastFolder.isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            : QFileInfo(lastFolder).dir();
    m_folder->setText(base.filePath(
        QStringLiteral("attend-export-%1").arg(QDate::currentDate().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_useSince);
    sinceRow->addWidget(m_since, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(tr("E&xercises:"), m_exercises);
    form->addRow(QString(), sinceRow);
    form->addRow(tr("F&ormats:"), m_formats);
    form->addRow(QString(), m_names);
    auto *folderLabel = new QLabel(tr("&Destination:"), this);
    folderLabel->setBuddy(m_folder); // a row of widgets has no buddy of its own
    form->addRow(folderLabel, folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *run = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    run->setDefault(true);
    connect(run, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 620);
}

void ExportDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export to folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

// On the GUI thread for the formats that need it, with the progress dialog's own event loop;
// otherwise in a worker thread on its own read-only connection, the window staying responsive
// while this waits in an event loop. Cancel stops either at its next step.
Result<QStringList> ExportDialog::run(const ExportFormat &format, const ExportSelection &selection,
                                      const QString &destination, bool replace,
                                      QProgressDialog &progress)
{
    std::atomic<bool> cancelled = false;
    const QMetaObject::Connection onCancel =
        connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });
    const ExportFormat::Progress step = [&progress, &cancelled](int done, int total) {
        QMetaObject::invokeMethod(
            &progress,
            [&progress, done, total] {
                progress.setMaximum(total);
                progress.setValue(done);
            },
            Qt::AutoConnection);
        return !cancelled;
    };
    std::optional<Result<QStringList>> written;
    if (format.needsGuiThread()) {
        written = format.run(m_db, selection, destination, replace, step);
    } else {
        Database::Options options;
        options.readOnly = true;
        options.mayCreate = false;
        const QString location = m_db.location();
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto db = Database::open(location, options);
            written = db ? format.run(*db.value(), selection, destination, replace, step)
                         : Result<QStringList>(db.error());
        }));
        QEventLoop loop;
        connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec();
    }
    disconnect(onCancel);
    return std::move(*written);
}

QString ExportDialog::destinationOf(const QString &format) const
{
    return QDir(m_folder->text().trimmed()).filePath(format);
}

// An earlier export in the way is replaced only when the person says so (the command line's
// --force); none when they would rather not.
std::optional<bool> ExportDialog::replaceEarlier(const QStringList &formats)
{
    QStringList earlier;
    for (const QString &name : formats)
        if (ExportFolder::holdsExport(destinationOf(name)))
            earlier << QDir::toNativeSeparators(destinationOf(name));
    if (earlier.isEmpty())
        return false;
    const auto answer = QMessageBox::question(
        this, tr("Export"),
        tr("An earlier export is in the way; this one would replace it whole:\n%1\n\nReplace "
           "it?")
            .arg(earlier.join(u'\n')),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes ? std::optional(true) : std::nullopt;
}

void ExportDialog::exportNow()
{
    ExportSelection selection;
    selection.participantCodes = checked(m_participants);
    selection.exercises = checked(m_exercises);
    selection.includeNames = m_names->isChecked();
    if (m_useSince->isChecked())
        selection.since = m_since->date();
    const QStringList formats = checked(m_formats);
    if (selection.participantCodes.isEmpty() || selection.exercises.isEmpty() ||
        formats.isEmpty() || m_folder->text().trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Export"),
                                 tr("Choose at least one participant, one exercise, one format "
                                    "and a destination folder."));
        return;
    }
    const std::optional<bool> replace = replaceEarlier(formats);
    if (!replace)
        return;
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    m_written.clear();
    for (const QString &name : formats) {
        const QString destination = destinationOf(name);
        progress.setLabelText(tr("Exporting %1…").arg(m_formatList.find(name)->displayName()));
        auto written = run(*m_formatList.find(name), selection, destination, *replace, progress);
        if (!written) {
            progress.close();
            if (written.error().kind() == Error::Kind::Cancelled)
                QMessageBox::information(this, tr("Export"), written.error().message());
            else
                QMessageBox::warning(this, tr("Export"), written.error().message());
            return;
        }
        m_written << destination;
    }
    progress.close();
    m_settings.setExportChoices(formats, selection.exercises, m_folder->text().trimmed());
    QMessageBox::information(this, tr("Export"),
                             tr("Exported to:\n%1").arg(m_written.join(QLatin1Char('\n'))));
    accept();
}

} // namespace attend
