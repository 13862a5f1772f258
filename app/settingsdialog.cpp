#include "settingsdialog.h"

#include "dailyreminder.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/postgreslocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace attend {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)),
      m_fullScreen(new QCheckBox(tr("Run exercises &full screen"), this)),
      m_photodiode(new QCheckBox(tr("Show the &photodiode marker (top-left square)"), this)),
      m_feedback(new QCheckBox(tr("Brief feedback after each trial in &training"), this)),
      m_location(new QLineEdit(this)),
      m_reminder(new QCheckBox(tr("&Remind me of today's programme at"), this)),
      m_reminderTime(new QTimeEdit(this)),
      m_autostart(new QCheckBox(tr("Start Attend when I &log in (for the reminder)"), this))
{
    setWindowTitle(tr("Settings"));
    // Each language is named in itself, so that it can be found whatever the current language.
    m_language->addItem(tr("Follow the system"), int(Settings::Language::System));
    m_language->addItem(QStringLiteral("English"), int(Settings::Language::English));
    m_language->addItem(QStringLiteral("简体中文"), int(Settings::Language::Chinese));
    m_language->setCurrentIndex(m_language->findData(int(settings.language())));
    m_fullScreen->setChecked(settings.fullScreenRuns());
    m_photodiode->setChecked(settings.photodiodeMarker());
    m_feedback->setChecked(settings.trainingFeedback());
    m_location->setText(settings.dataLocation());
    m_location->setPlaceholderText(Database::defaultLocation());
    m_location->setClearButtonEnabled(true);
    m_reminder->setChecked(settings.reminder().has_value());
    m_reminderTime->setTime(settings.reminderTime());
    m_reminderTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_reminderTime->setEnabled(m_reminder->isChecked());
    connect(m_reminder, &QCheckBox::toggled, m_reminderTime, &QWidget::setEnabled);
    m_autostart->setChecked(DailyReminder::autostartOn());
    auto *reminderRow = new QHBoxLayout;
    reminderRow->addWidget(m_reminder);
    reminderRow->addWidget(m_reminderTime);
    reminderRow->addStretch();

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_fullScreen);
    form->addRow(QString(), m_photodiode);
    form->addRow(QString(), m_feedback);
    form->addRow(QString(), reminderRow);
    form->addRow(QString(), m_autostart);
    // A label of its own with the field as its buddy: a row label given with a layout cannot
    // have one, and showed "&Database file:" with its ampersand.
    auto *locationLabel = new QLabel(tr("&Database:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, locationRow);
    auto *note = new QLabel(tr("Changes to the language and the database take effect the next "
                               "time Attend starts. Leave the database empty to use the "
                               "standard file; a clinic's server is written as "
                               "postgresql://user@server/database (docs/clinic.md)."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    // A clinic's server is kept as its URL, never with a password (docs/clinic.md).
    const QString location = m_location->text().trimmed();
    if (PostgresLocation::isUrl(location))
        if (auto parsed = PostgresLocation::parse(location); !parsed) {
            QMessageBox::warning(this, tr("Settings"), parsed.error().message());
            m_location->setFocus();
            return;
        }
    m_settings.setLanguage(Settings::Language(m_language->currentData().toInt()));
    m_settings.setFullScreenRuns(m_fullScreen->isChecked());
    m_settings.setPhotodiodeMarker(m_photodiode->isChecked());
    m_settings.setTrainingFeedback(m_feedback->isChecked());
    m_settings.setDataLocation(m_location->text());
    m_settings.setReminder(m_reminder->isChecked(), m_reminderTime->time());
    QString problem;
    if (m_autostart->isChecked() != DailyReminder::autostartOn() &&
        !DailyReminder::setAutostart(m_autostart->isChecked(),
                                     QCoreApplication::applicationFilePath(), &problem))
        QMessageBox::warning(this, tr("Settings"), problem);
    QDialog::accept();
}

void SettingsDialog::browse()
{
    const QString start =
        m_location->text().isEmpty() ? Database::defaultLocation() : m_location->text();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Database file"), start, tr("Attend databases (*.sqlite);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_location->setText(chosen);
}

} // namespace attend
