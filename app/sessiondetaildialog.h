#pragma once

#include <QDialog>
#include <functional>

class QChartView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace attend {

class Database;
class ProgressModel;
class SessionMeasuresModel;

// One session in detail: its stored measures in a table (with the trials each used and
// excluded), and in Qt Charts the RT distribution, mean correct RT and accuracy by condition,
// and the difficulty track with the controller's predicted P(correct) against the outcomes;
// below them, how the session was shown and timed.
class SessionDetailDialog : public QDialog
{
    Q_OBJECT
public:
    // Offers the sessions of `progress`; shows the last one first.
    SessionDetailDialog(Database &db, const ProgressModel &progress, QWidget *parent = nullptr);

    QChartView *rtView() const { return m_rt; }
    QChartView *conditionView() const { return m_conditions; }
    QChartView *trackView() const { return m_track; }
    QTableView *measuresView() const { return m_measuresView; }
    QLabel *timingLabel() const { return m_timing; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    void showSession(int row);
    // Asked before the session notes are shown (the clinician lock); without one, they are.
    void setGate(std::function<bool()> gate) { m_gate = std::move(gate); }
    // Shows the notes for editing once the gate allows; whether it did.
    bool openNotes();
    bool saveNotes();
    void done(int result) override; // saves notes typed and not yet saved

private:
    QWidget *measuresPage();
    void keepNotes();

    Database &m_db;
    const ProgressModel &m_progress;
    QComboBox *m_session;
    QChartView *m_rt;
    QChartView *m_conditions;
    QChartView *m_track;
    SessionMeasuresModel *m_measures;
    QTableView *m_measuresView;
    QLabel *m_timing; // how the session was shown and timed (SessionDetailModel::timing)
    QPlainTextEdit *m_notes;
    QPushButton *m_openNotes;
    QPushButton *m_saveNotes;
    std::function<bool()> m_gate;
    bool m_notesOpen = false;
    qint64 m_sessionId = 0;
};

} // namespace attend
