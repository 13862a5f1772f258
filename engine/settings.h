#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

class QSettings;

namespace attend {

// The one typed view of the user's settings; every key and its default is declared once, in
// settings.cpp. The QSettings store belongs to the caller (tests pass an INI file).
class Settings
{
public:
    enum class Language { System, English, Chinese };

    explicit Settings(QSettings &store) : m_store(store) {}

    Language language() const;
    void setLanguage(Language language);
    // Locale name of the translation to load: "en", "zh_CN", or the system's for System.
    QString languageCode() const;
    static Language languageFromCode(const QString &code, bool *ok);

    bool fullScreenRuns() const;
    void setFullScreenRuns(bool on);

    bool photodiodeMarker() const;
    void setPhotodiodeMarker(bool on);

    // Brief feedback after each training trial (the exercise's own choice of which trials);
    // off: none. Assessments never give any.
    bool trainingFeedback() const;
    void setTrainingFeedback(bool on);

    // The time of the daily programme reminder; none while it is off (the default).
    std::optional<QTime> reminder() const;
    QTime reminderTime() const; // as set, also while off (18:00 until set)
    void setReminder(bool on, QTime at);

    // Database file chosen by the user; empty means the standard location.
    QString dataLocation() const;
    void setDataLocation(const QString &path);
    // dataLocation() or, when empty, Database::defaultLocation().
    QString databaseLocation() const;

    // The clinician lock's Argon2id hash (libsodium's string form); empty = no lock.
    QString clinicianLockHash() const;
    void setClinicianLockHash(const QString &hash);
    // Wrong passphrases in a row, and when the last one was given (UTC, ms since the epoch).
    int clinicianLockFailures() const;
    qint64 clinicianLockLastFailureMs() const;
    void setClinicianLockFailures(int failures, qint64 lastFailureMs);

    // The export dialog's last choices: format and exercise ids, and the folder the last export
    // went into; empty: the dialog's defaults. Whether display names go along is asked anew
    // every time (they leave this computer only when asked).
    QStringList exportFormats() const;
    QStringList exportExercises() const;
    QString exportFolder() const;
    void setExportChoices(const QStringList &formats, const QStringList &exercises,
                          const QString &folder);

    // The main window's size and place (QWidget::saveGeometry); empty: fitted to the screen.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

private:
    QSettings &m_store;
};

} // namespace attend
