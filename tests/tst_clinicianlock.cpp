#include "clinicianlock.h"
#include "settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace attend;

class TestClinicianLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void withoutALockEverythingIsOpen();
    void thePassphraseIsStoredOnlyAsAnArgon2idHash();
    void wrongPassphrasesWaitLongerEachTime();
    void changingOrRemovingNeedsTheCurrentPassphrase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    qint64 m_now = 1'000'000;
};

void TestClinicianLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_store);
}

void TestClinicianLock::withoutALockEverythingIsOpen()
{
    ClinicianLock lock(*m_settings);
    QVERIFY(!lock.enabled());
    QVERIFY(lock.unlocked());
    QCOMPARE(lock.unlock(QStringLiteral("anything")), ClinicianLock::Outcome::Unlocked);
}

void TestClinicianLock::thePassphraseIsStoredOnlyAsAnArgon2idHash()
{
    ClinicianLock lock(*m_settings);
    QCOMPARE(lock.change({}, QStringLiteral("short")), ClinicianLock::Outcome::Failed);
    QVERIFY(!lock.enabled());
    QCOMPARE(lock.change({}, QStringLiteral("correct horse")), ClinicianLock::Outcome::Unlocked);
    const QString hash = m_settings->clinicianLockHash();
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!hash.contains(QStringLiteral("correct horse")));
    // A new start of the program is locked until the passphrase is given.
    ClinicianLock later(*m_settings);
    QVERIFY(later.enabled() && !later.unlocked());
    QCOMPARE(later.unlock(QStringLiteral("correct horse")), ClinicianLock::Outcome::Unlocked);
    QVERIFY(later.unlocked());
}

void TestClinicianLock::wrongPassphrasesWaitLongerEachTime()
{
    ClinicianLock setter(*m_settings);
    QVERIFY(setter.change({}, QStringLiteral("correct horse")) == ClinicianLock::Outcome::Unlocked);
    ClinicianLock lock(*m_settings, [this] { return m_now; });
    QCOMPARE(lock.unlock(QStringLiteral("wrong one")), ClinicianLock::Outcome::Wrong);
    QCOMPARE(lock.waitSeconds(), 1);
    // Even the right passphrase waits its turn.
    QCOMPARE(lock.unlock(QStringLiteral("correct horse")), ClinicianLock::Outcome::TooSoon);
    m_now += 1000;
    QCOMPARE(lock.unlock(QStringLiteral("wrong two")), ClinicianLock::Outcome::Wrong);
    QCOMPARE(lock.waitSeconds(), 2);
    m_now += 2000;
    QCOMPARE(lock.unlock(QStringLiteral("wrong three")), ClinicianLock::Outcome::Wrong);
    QCOMPARE(lock.waitSeconds(), 4);
    QVERIFY(lock.message(ClinicianLock::Outcome::Wrong).contains(QStringLiteral("4")));
    // The count survives a restart.
    ClinicianLock restarted(*m_settings, [this] { return m_now; });
    QCOMPARE(restarted.waitSeconds(), 4);
    m_now += 4000;
    QCOMPARE(restarted.unlock(QStringLiteral("correct horse")), ClinicianLock::Outcome::Unlocked);
    QCOMPARE(m_settings->clinicianLockFailures(), 0);
}

void TestClinicianLock::changingOrRemovingNeedsTheCurrentPassphrase()
{
    ClinicianLock lock(*m_settings, [this] { return m_now; });
    QVERIFY(lock.change({}, QStringLiteral("correct horse")) == ClinicianLock::Outcome::Unlocked);
    QCOMPARE(lock.change(QStringLiteral("not it"), QString()), ClinicianLock::Outcome::Wrong);
    QVERIFY(lock.enabled());
    m_now += 1000;
    QCOMPARE(lock.change(QStringLiteral("correct horse"), QString()),
             ClinicianLock::Outcome::Unlocked);
    QVERIFY(!lock.enabled());
}

QTEST_GUILESS_MAIN(TestClinicianLock)
#include "tst_clinicianlock.moc"
