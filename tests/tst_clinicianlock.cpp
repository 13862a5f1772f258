#include "clinicianlock.h"
#include "settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

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
    void tamperedCountsFailSafe_data();
    void tamperedCountsFailSafe();

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

void TestClinicianLock::tamperedCountsFailSafe_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("lastFailureMs"); // relative to now, or an extreme
    QTest::addColumn<bool>("relative");
    QTest::addColumn<int>("wait");
    const qint64 min = std::numeric_limits<qint64>::min(), max = std::numeric_limits<qint64>::max();
    QTest::newRow("a negative count waits the longest") << -1 << qint64(0) << true << 300;
    QTest::newRow("the lowest count waits the longest")
        << std::numeric_limits<int>::min() << qint64(0) << true << 300;
    QTest::newRow("the highest count waits at most 5 minutes")
        << std::numeric_limits<int>::max() << qint64(0) << true << 300;
    QTest::newRow("a failure a day ahead waits 5 minutes, not a day")
        << 30 << qint64(86'400'000) << true << 300;
    QTest::newRow("a failure at the end of time waits 5 minutes") << 3 << max << false << 4;
    QTest::newRow("a failure at the start of time is long past") << 30 << min << false << 0;
}

// Values in the settings file written by other means (issue "reliability and security", 13):
// never a wait past the cap, never an overflow, and never a wait shorter than the count's.
void TestClinicianLock::tamperedCountsFailSafe()
{
    QFETCH(int, failures);
    QFETCH(qint64, lastFailureMs);
    QFETCH(bool, relative);
    QFETCH(int, wait);
    ClinicianLock setter(*m_settings);
    QVERIFY(setter.change({}, QStringLiteral("correct horse")) == ClinicianLock::Outcome::Unlocked);
    m_settings->setClinicianLockFailures(failures,
                                         relative ? m_now + lastFailureMs : lastFailureMs);
    ClinicianLock lock(*m_settings, [this] { return m_now; });
    QCOMPARE(lock.waitSeconds(), wait);
    QCOMPARE(lock.unlock(QStringLiteral("correct horse")),
             wait > 0 ? ClinicianLock::Outcome::TooSoon : ClinicianLock::Outcome::Unlocked);
    if (wait > 0) { // a wrong passphrase then counts on from a sane number
        m_now += 301'000;
        QCOMPARE(lock.unlock(QStringLiteral("wrong")), ClinicianLock::Outcome::Wrong);
        QVERIFY(m_settings->clinicianLockFailures() >= 1 &&
                m_settings->clinicianLockFailures() <= 1001);
        QVERIFY(lock.waitSeconds() >= 1 && lock.waitSeconds() <= 300);
    }
}

QTEST_GUILESS_MAIN(TestClinicianLock)
#include "tst_clinicianlock.moc"
