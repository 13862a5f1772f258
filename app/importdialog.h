#pragma once

#include "import/trialimport.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace attend {

class Database;
class ExerciseRegistry;

// File → Import… (docs/import.md): a file recorded elsewhere, its exercise and mapping, a preview
// of the first trials as they would be stored with every problem found, and the import with a
// progress bar. Problems are shown in the dialog itself; nothing is stored unless the whole file
// is right.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Database &db, const ExerciseRegistry &registry, QWidget *parent = nullptr);

    // What the last import stored (none before one succeeded).
    std::optional<TrialImport::Outcome> outcome() const { return m_outcome; }
    // Reads the file as chosen and shows its first trials and its problems; the plan, if the
    // file could be read at all.
    std::optional<ImportPlan> preview();
    void importNow();

private:
    TrialImport::Request request() const;
    void browse(QLineEdit *field, const QString &title, const QString &filter);
    void showPlan(const ImportPlan &plan);
    void showError(const QString &message);

    Database &m_db;
    const ExerciseRegistry &m_registry;
    QLineEdit *m_file;
    QComboBox *m_exercise;
    QLineEdit *m_mapping;
    QLineEdit *m_participant;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QPlainTextEdit *m_problems;
    std::optional<TrialImport::Outcome> m_outcome;
};

} // namespace attend
