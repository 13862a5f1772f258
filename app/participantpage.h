#pragma once

#include "storage/participant.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QPushButton;
class QSortFilterProxyModel;

namespace attend {

class Database;
class ExerciseRegistry;
class ParticipantListModel;

// The participant overview: a table to sort and filter (code, name, programme and progress,
// last session, days since, what needs a look); find, create, rename, archive or restore, and
// open a participant.
class ParticipantPage : public QWidget
{
    Q_OBJECT
public:
    ParticipantPage(Database &db, const ExerciseRegistry &registry, QWidget *parent = nullptr);

    bool hasSelection() const;
    bool selectionArchived() const;
    // Re-reads the list from the database; reports a failure in a dialog.
    void reload();
    void selectCode(const QString &code);

    // Asked before participants are created, renamed or archived (the clinician lock).
    void setGate(std::function<bool()> gate) { m_gate = std::move(gate); }
    void createParticipant();
    void renameSelected();
    void toggleArchiveSelected();
    void openSelected();
    void setShowArchived(bool show);
    // Display names only while the clinician lock is open (ParticipantListModel::setShowNames).
    void setNamesShown(bool show);

Q_SIGNALS:
    void participantChosen(const attend::Participant &participant);
    void selectionChanged();

private:
    void setUpTable();
    std::optional<Participant> selected() const;
    void updateButtons();
    void showError(const QString &message);

    Database &m_db;
    ParticipantListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_list;
    QLabel *m_empty;
    QCheckBox *m_showArchived;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_archive;
    QPushButton *m_open;
    std::function<bool()> m_gate;
};

} // namespace attend
