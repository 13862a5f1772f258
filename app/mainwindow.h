#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace attend {

class Database;
class ExerciseRegistry;
class HomePage;
class ParticipantPage;
class Settings;
struct Participant;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, Settings &settings, const ExerciseRegistry &registry,
               QWidget *parent = nullptr);

    ParticipantPage *participantPage() const { return m_participants; }
    HomePage *homePage() const { return m_home; }
    // Opens the home page of the participant with this code; false when there is none.
    bool openParticipant(const QString &code);

private:
    void createActions();
    void showParticipants();
    void showHome(const Participant &participant);
    void updateActions();
    void reportUnfinishedSessions();
    void showSettings();
    void showAbout();

    Database &m_db;
    Settings &m_settings;
    QStackedWidget *m_stack;
    QLabel *m_banner;
    ParticipantPage *m_participants;
    HomePage *m_home;
    QAction *m_newAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_showArchivedAction = nullptr;
    QAction *m_switchAction = nullptr;
};

} // namespace attend
