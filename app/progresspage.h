#pragma once

#include "storage/participant.h"

#include <QWidget>
#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace attend {

class Database;
class ExerciseRegistry;
class ProgressModel;

// A participant's progress in one exercise (Qt Charts): the exercise's key measure per session
// with its 95 % interval, assessment and training sessions told apart, the first session as a
// baseline and a forecast for the next session; below it the training level reached per session
// and what the attention model expects next. Either chart can be saved as PNG or SVG.
class ProgressPage : public QWidget
{
    Q_OBJECT
public:
    ProgressPage(Database &db, const ExerciseRegistry &registry, QWidget *parent = nullptr);

    void setParticipant(const Participant &participant);
    // Asked before session notes are shown (the clinician lock).
    void setGate(std::function<bool()> gate) { m_gate = std::move(gate); }
    // Shows this exercise (by id); false when it is not installed.
    bool setExercise(const QString &exerciseId);
    // The plain-words notes under the charts.
    QString notes() const;
    // Re-reads the sessions (after a session has finished).
    void refresh();
    QChart *measureChart() const;
    QChart *levelChart() const;
    // Writes the measure chart (0) or the level chart (1) to `path`: SVG for a .svg name, PNG
    // otherwise. False when the file could not be written.
    bool saveChart(int which, const QString &path) const;

Q_SIGNALS:
    void backRequested();

private:
    void rebuild();
    void exportChart();

    Database &m_db;
    const ExerciseRegistry &m_registry;
    Participant m_participant;
    QLabel *m_heading;
    QComboBox *m_exercise;
    QComboBox *m_which;
    QChartView *m_measureView;
    QChartView *m_levelView;
    QLabel *m_notes;
    std::function<bool()> m_gate;
};

} // namespace attend
