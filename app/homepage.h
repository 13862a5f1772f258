#pragma once

#include "result.h"
#include "storage/participant.h"
#include "storage/sessioninfo.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace attend {

class Database;
class ExerciseRegistry;

// A participant's home: today's plan of their programme first (or the offer to choose one),
// then the installed exercises, each with its last session, for a free choice.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    HomePage(Database &db, const ExerciseRegistry &registry, QWidget *parent = nullptr);

    void setParticipant(const Participant &participant);
    const Participant &participant() const { return m_participant; }
    // Re-reads today's plan and each exercise's last session.
    void refresh();
    // The day the plan is for; tests move it across days. Unset: today.
    void setToday(std::optional<QDate> day) { m_today = day; }
    QDate today() const { return m_today.value_or(QDate::currentDate()); }

Q_SIGNALS:
    void switchParticipantRequested();
    void progressRequested();
    void startRequested(const QString &exerciseId, attend::SessionMode mode);
    void planStartRequested();
    void programmeRequested();
    void detailsRequested();

private:
    Result<QString> lastSessionText(const QString &exerciseId) const;
    // False when the plan could not be read (its status then says why).
    bool refreshPlan();

    Database &m_db;
    const ExerciseRegistry &m_registry;
    Participant m_participant;
    QLabel *m_heading;
    std::optional<QDate> m_today;
    QGroupBox *m_plan;
    QLabel *m_planStatus;
    QLabel *m_planItems;
    QLabel *m_planStreak;
    QPushButton *m_startPlan;
    QPushButton *m_programme;
    QWidget *m_tiles;
    QVBoxLayout *m_tileLayout;
};

} // namespace attend
