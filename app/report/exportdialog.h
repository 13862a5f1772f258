#pragma once

#include "export/exportformats.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

class QProgressDialog;

namespace attend {

class Database;
class ExerciseRegistry;
class Settings;

// The clinician's export: participants, exercises, a start date, formats and a destination;
// each format goes into its own folder under the destination, with a progress bar that can
// cancel (a cancelled export leaves nothing behind).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // Starts from the last export's formats, exercises and folder (Settings).
    ExportDialog(Database &db, Settings &settings, const ExerciseRegistry &registry,
                 const QString &participantCode, QWidget *parent = nullptr);

    // The formats' folders written by the last export.
    QStringList written() const { return m_written; }

private:
    void chooseFolder();
    void exportNow();
    Result<QStringList> run(const ExportFormat &format, const ExportSelection &selection,
                            const QString &destination, bool replace, QProgressDialog &progress);
    // The folder of one format's export.
    QString destinationOf(const QString &format) const;
    std::optional<bool> replaceEarlier(const QStringList &formats);

    Database &m_db;
    Settings &m_settings;
    ExportFormats m_formatList; // with the PDF reports
    QListWidget *m_participants;
    QListWidget *m_exercises;
    QCheckBox *m_useSince;
    QDateEdit *m_since;
    QListWidget *m_formats;
    QCheckBox *m_names;
    QLineEdit *m_folder;
    QStringList m_written;
};

} // namespace attend
