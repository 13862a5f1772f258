#include "clinicianlock.h"

#include "settings.h"

#include <QDateTime>
#include <algorithm>
#include <sodium.h>

namespace attend {

namespace {

constexpr int kMaxWaitSeconds = 300;
// Enough wrong passphrases in a row to reach the longest wait many times over; a count kept
// no higher cannot overflow.
constexpr int kMaxFailures = 1000;

} // namespace

ClinicianLock::ClinicianLock(Settings &settings, Clock clock)
    : m_settings(settings), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

bool ClinicianLock::enabled() const
{
    return !m_settings.clinicianLockHash().isEmpty();
}

int ClinicianLock::waitSeconds() const
{
    const int failures = m_settings.clinicianLockFailures();
    if (failures == 0)
        return 0;
    // A count below zero was written by other means: it fails safe, with the longest wait.
    const qint64 waitMs =
        1000 * (failures < 0
                    ? kMaxWaitSeconds
                    : std::min<qint64>(kMaxWaitSeconds, qint64(1) << std::min(failures - 1, 20)));
    const qint64 last = m_settings.clinicianLockLastFailureMs();
    const qint64 now = m_clock();
    // A last failure in the future (a clock set back, or a value written by other means) counts
    // as now: no wait is longer than the cap. The comparisons cannot overflow.
    if (last > now)
        return int(waitMs / 1000);
    if (last <= now - waitMs)
        return 0;
    return int((last + waitMs - now + 999) / 1000);
}

bool ClinicianLock::verify(const QString &passphrase) const
{
    const QByteArray hash = m_settings.clinicianLockHash().toLatin1();
    const QByteArray secret = passphrase.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), secret.constData(), quint64(secret.size())) ==
           0;
}

ClinicianLock::Outcome ClinicianLock::failed()
{
    const int failures = std::clamp(m_settings.clinicianLockFailures(), 0, kMaxFailures);
    m_settings.setClinicianLockFailures(failures + 1, m_clock());
    return Outcome::Wrong;
}

ClinicianLock::Outcome ClinicianLock::unlock(const QString &passphrase)
{
    if (!enabled())
        return Outcome::Unlocked;
    // A last failure stored in the future would keep the lock shut for as long: from now on,
    // the capped wait runs from the first attempt that finds it.
    if (m_settings.clinicianLockLastFailureMs() > m_clock())
        m_settings.setClinicianLockFailures(m_settings.clinicianLockFailures(), m_clock());
    if (waitSeconds() > 0)
        return Outcome::TooSoon;
    if (sodium_init() < 0)
        return Outcome::Failed;
    if (!verify(passphrase))
        return failed();
    m_settings.setClinicianLockFailures(0, 0);
    m_unlocked = true;
    return Outcome::Unlocked;
}

ClinicianLock::Outcome ClinicianLock::change(const QString &current, const QString &next)
{
    if (enabled()) {
        const Outcome opened = unlock(current);
        if (opened != Outcome::Unlocked)
            return opened;
    }
    if (next.isEmpty()) {
        m_settings.setClinicianLockHash(QString());
        return Outcome::Unlocked;
    }
    if (next.size() < kMinimumLength || sodium_init() < 0)
        return Outcome::Failed;
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray secret = next.toUtf8();
    if (crypto_pwhash_str(hash, secret.constData(), quint64(secret.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Outcome::Failed;
    m_settings.setClinicianLockHash(QString::fromLatin1(hash));
    m_unlocked = true;
    return Outcome::Unlocked;
}

QString ClinicianLock::message(Outcome outcome) const
{
    switch (outcome) {
    case Outcome::Unlocked:
        return {};
    case Outcome::Wrong:
        return tr("That passphrase is not right. Wait %n second(s) before trying again.", nullptr,
                  waitSeconds());
    case Outcome::TooSoon:
        return tr("Too many wrong passphrases: wait %n more second(s).", nullptr, waitSeconds());
    case Outcome::Failed:
        return tr("The passphrase must have at least %1 characters.").arg(kMinimumLength);
    }
    return {};
}

} // namespace attend
