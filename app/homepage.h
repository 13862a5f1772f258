#pragma once

#include "storage/participant.h"
#include "storage/sessioninfo.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace attend {

class Database;
class ExerciseRegistry;

// A participant's home: the installed exercises, each with its last session.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    HomePage(Database &db, const ExerciseRegistry &registry, QWidget *parent = nullptr);

    void setParticipant(const Participant &participant);
    const Participant &participant() const { return m_participant; }
    // Re-reads each exercise's last session.
    void refresh();

Q_SIGNALS:
    void switchParticipantRequested();
    void progressRequested();
    void startRequested(const QString &exerciseId, attend::SessionMode mode);

private:
    QString lastSessionText(const QString &exerciseId) const;

    Database &m_db;
    const ExerciseRegistry &m_registry;
    Participant m_participant;
    QLabel *m_heading;
    QWidget *m_tiles;
    QVBoxLayout *m_tileLayout;
};

} // namespace attend
