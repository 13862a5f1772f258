#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimeEdit;

namespace attend {

class Settings;

// Edits the user's settings; language and data location apply at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    void browse();

    Settings &m_settings;
    QComboBox *m_language;
    QCheckBox *m_fullScreen;
    QCheckBox *m_photodiode;
    QCheckBox *m_feedback;
    QLineEdit *m_location;
    QCheckBox *m_reminder;
    QTimeEdit *m_reminderTime;
    QCheckBox *m_autostart;
};

} // namespace attend
