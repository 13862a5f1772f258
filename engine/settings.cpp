#include "settings.h"

#include "storage/database.h"

#include <QLocale>
#include <QSettings>

namespace attend {

namespace {

template <typename T> struct Key
{
    const char *name;
    T fallback;
    QString key() const { return QString::fromLatin1(name); }
};

const Key<const char *> kLanguage{"ui/language", "system"};
const Key<bool> kFullScreenRuns{"run/fullScreen", true};
const Key<bool> kPhotodiodeMarker{"run/photodiodeMarker", false};
// On: the 85 % rule assumes an error signal (Wilson et al. 2019; docs/exercises.md).
const Key<bool> kTrainingFeedback{"run/trainingFeedback", true};
// The daily reminder (docs/programme.md): off unless the person switches it on.
const Key<bool> kReminder{"reminder/enabled", false};
const Key<const char *> kReminderTime{"reminder/time", "18:00"};
const Key<const char *> kDataLocation{"data/location", ""};
const Key<const char *> kLockHash{"clinician/lockHash", ""};
const Key<int> kLockFailures{"clinician/failures", 0};
const Key<qint64> kLockLastFailure{"clinician/lastFailureMs", 0};
const Key<const char *> kExportFormats{"export/formats", ""};
const Key<const char *> kExportExercises{"export/exercises", ""};
const Key<const char *> kExportFolder{"export/folder", ""};
const Key<const char *> kWindowGeometry{"ui/windowGeometry", ""};

struct LanguageName
{
    Settings::Language language;
    const char *code;
};
constexpr LanguageName kLanguages[] = {{Settings::Language::System, "system"},
                                       {Settings::Language::English, "en"},
                                       {Settings::Language::Chinese, "zh_CN"}};

} // namespace

Settings::Language Settings::language() const
{
    bool ok = false;
    const Language language = languageFromCode(
        m_store.value(kLanguage.key(), QString::fromLatin1(kLanguage.fallback)).toString(), &ok);
    return ok ? language : Language::System;
}

void Settings::setLanguage(Language language)
{
    for (const auto &entry : kLanguages)
        if (entry.language == language)
            m_store.setValue(kLanguage.key(), QString::fromLatin1(entry.code));
}

QString Settings::languageCode() const
{
    switch (language()) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Chinese:
        return QStringLiteral("zh_CN");
    case Language::System:
        break;
    }
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

Settings::Language Settings::languageFromCode(const QString &code, bool *ok)
{
    for (const auto &entry : kLanguages) {
        if (code == QLatin1String(entry.code)) {
            *ok = true;
            return entry.language;
        }
    }
    *ok = false;
    return Language::System;
}

bool Settings::fullScreenRuns() const
{
    return m_store.value(kFullScreenRuns.key(), kFullScreenRuns.fallback).toBool();
}

void Settings::setFullScreenRuns(bool on)
{
    m_store.setValue(kFullScreenRuns.key(), on);
}

bool Settings::photodiodeMarker() const
{
    return m_store.value(kPhotodiodeMarker.key(), kPhotodiodeMarker.fallback).toBool();
}

void Settings::setPhotodiodeMarker(bool on)
{
    m_store.setValue(kPhotodiodeMarker.key(), on);
}

bool Settings::trainingFeedback() const
{
    return m_store.value(kTrainingFeedback.key(), kTrainingFeedback.fallback).toBool();
}

void Settings::setTrainingFeedback(bool on)
{
    m_store.setValue(kTrainingFeedback.key(), on);
}

std::optional<QTime> Settings::reminder() const
{
    if (!m_store.value(kReminder.key(), kReminder.fallback).toBool())
        return std::nullopt;
    return reminderTime();
}

QTime Settings::reminderTime() const
{
    const auto parse = [](const QString &text) {
        return QTime::fromString(text, QStringLiteral("HH:mm"));
    };
    const QTime at = parse(m_store.value(kReminderTime.key()).toString());
    return at.isValid() ? at : parse(QString::fromLatin1(kReminderTime.fallback));
}

void Settings::setReminder(bool on, QTime at)
{
    m_store.setValue(kReminder.key(), on);
    if (at.isValid())
        m_store.setValue(kReminderTime.key(), at.toString(QStringLiteral("HH:mm")));
}

QString Settings::dataLocation() const
{
    return m_store.value(kDataLocation.key(), QString::fromLatin1(kDataLocation.fallback))
        .toString();
}

void Settings::setDataLocation(const QString &path)
{
    m_store.setValue(kDataLocation.key(), path.trimmed());
}

QString Settings::clinicianLockHash() const
{
    return m_store.value(kLockHash.key(), QString::fromLatin1(kLockHash.fallback)).toString();
}

void Settings::setClinicianLockHash(const QString &hash)
{
    m_store.setValue(kLockHash.key(), hash);
}

int Settings::clinicianLockFailures() const
{
    return m_store.value(kLockFailures.key(), kLockFailures.fallback).toInt();
}

qint64 Settings::clinicianLockLastFailureMs() const
{
    return m_store.value(kLockLastFailure.key(), kLockLastFailure.fallback).toLongLong();
}

void Settings::setClinicianLockFailures(int failures, qint64 lastFailureMs)
{
    m_store.setValue(kLockFailures.key(), failures);
    m_store.setValue(kLockLastFailure.key(), lastFailureMs);
}

QString Settings::databaseLocation() const
{
    const QString chosen = dataLocation();
    return chosen.isEmpty() ? Database::defaultLocation() : chosen;
}

QStringList Settings::exportFormats() const
{
    return m_store.value(kExportFormats.key()).toStringList();
}

QStringList Settings::exportExercises() const
{
    return m_store.value(kExportExercises.key()).toStringList();
}

QString Settings::exportFolder() const
{
    return m_store.value(kExportFolder.key(), QString::fromLatin1(kExportFolder.fallback))
        .toString();
}

void Settings::setExportChoices(const QStringList &formats, const QStringList &exercises,
                                const QString &folder)
{
    m_store.setValue(kExportFormats.key(), formats);
    m_store.setValue(kExportExercises.key(), exercises);
    m_store.setValue(kExportFolder.key(), folder);
}

QByteArray Settings::windowGeometry() const
{
    return m_store.value(kWindowGeometry.key()).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store.setValue(kWindowGeometry.key(), geometry);
}

} // namespace attend
