#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace attend {

class Settings;

// The optional clinician lock (issue: clinician area): a passphrase, stored only as an Argon2id
// hash (libsodium's crypto_pwhash_str, interactive limits), guards the clinician area,
// participant management and export. Wrong passphrases are rate-limited: after the n-th wrong
// one in a row the next attempt waits 2^(n−1) seconds (at most 5 minutes), across restarts.
class ClinicianLock
{
    Q_DECLARE_TR_FUNCTIONS(ClinicianLock)

public:
    enum class Outcome { Unlocked, Wrong, TooSoon, Failed };
    // The clock, in ms since the epoch (tests pass their own).
    using Clock = std::function<qint64()>;

    explicit ClinicianLock(Settings &settings, Clock clock = {});

    bool enabled() const;
    bool unlocked() const { return m_unlocked || !enabled(); }
    // Seconds until another attempt is allowed (0: now).
    int waitSeconds() const;
    Outcome unlock(const QString &passphrase);
    void relock() { m_unlocked = false; }
    // Sets a new passphrase (the current one is needed when a lock is set); an empty one
    // removes the lock. Passphrases shorter than 8 characters are refused.
    Outcome change(const QString &current, const QString &next);
    // What to tell the person for an outcome, in their language.
    QString message(Outcome outcome) const;

    static constexpr int kMinimumLength = 8;

private:
    bool verify(const QString &passphrase) const;
    Outcome failed();

    Settings &m_settings;
    Clock m_clock;
    bool m_unlocked = false;
};

} // namespace attend
