#include "settings.h"
#include "storage/database.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using attend::Settings;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void defaultsForAFreshUser();
    void valuesPersistAcrossInstances();
    void languageCodesRoundTrip_data();
    void languageCodesRoundTrip();
    void anUnknownStoredLanguageFallsBackToTheSystem();
    void anEmptyDataLocationMeansTheStandardOne();
    void theReminderIsOffUntilSwitchedOn();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("attend.ini"));
}

void TestSettings::cleanup()
{
    m_dir.reset();
}

void TestSettings::defaultsForAFreshUser()
{
    QSettings store(m_file, QSettings::IniFormat);
    Settings s(store);
    QCOMPARE(s.language(), Settings::Language::System);
    QVERIFY(s.fullScreenRuns());
    QVERIFY(!s.photodiodeMarker());
    QVERIFY(s.trainingFeedback());
    QVERIFY(s.dataLocation().isEmpty());
}

void TestSettings::valuesPersistAcrossInstances()
{
    {
        QSettings store(m_file, QSettings::IniFormat);
        Settings s(store);
        s.setLanguage(Settings::Language::Chinese);
        s.setFullScreenRuns(false);
        s.setPhotodiodeMarker(true);
        s.setTrainingFeedback(false);
        s.setDataLocation(QStringLiteral("  /data/clinic.sqlite "));
    }
    QSettings store(m_file, QSettings::IniFormat);
    Settings s(store);
    QCOMPARE(s.language(), Settings::Language::Chinese);
    QCOMPARE(s.languageCode(), QStringLiteral("zh_CN"));
    QVERIFY(!s.fullScreenRuns());
    QVERIFY(s.photodiodeMarker());
    QVERIFY(!s.trainingFeedback());
    QCOMPARE(s.dataLocation(), QStringLiteral("/data/clinic.sqlite"));
    QCOMPARE(s.databaseLocation(), QStringLiteral("/data/clinic.sqlite"));
}

void TestSettings::languageCodesRoundTrip_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::newRow("English") << "en" << true;
    QTest::newRow("Simplified Chinese") << "zh_CN" << true;
    QTest::newRow("follow the system") << "system" << true;
    QTest::newRow("Traditional Chinese is not offered") << "zh_TW" << false;
    QTest::newRow("an empty code is not a language") << "" << false;
}

void TestSettings::languageCodesRoundTrip()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    bool ok = false;
    const Settings::Language language = Settings::languageFromCode(code, &ok);
    QCOMPARE(ok, known);
    if (!known)
        return;
    QSettings store(m_file, QSettings::IniFormat);
    Settings s(store);
    s.setLanguage(language);
    QCOMPARE(s.language(), language);
    QCOMPARE(store.value(QStringLiteral("ui/language")).toString(), code);
}

void TestSettings::anUnknownStoredLanguageFallsBackToTheSystem()
{
    QSettings store(m_file, QSettings::IniFormat);
    store.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    QCOMPARE(Settings(store).language(), Settings::Language::System);
}

void TestSettings::anEmptyDataLocationMeansTheStandardOne()
{
    QSettings store(m_file, QSettings::IniFormat);
    Settings s(store);
    s.setDataLocation(QStringLiteral("   "));
    QCOMPARE(s.databaseLocation(), attend::Database::defaultLocation());
    QVERIFY(s.databaseLocation().endsWith(QStringLiteral("/attend.sqlite")));
}

void TestSettings::theReminderIsOffUntilSwitchedOn()
{
    QSettings store(m_file, QSettings::IniFormat);
    Settings settings(store);
    QVERIFY(!settings.reminder());
    QCOMPARE(settings.reminderTime(), QTime(18, 0));
    settings.setReminder(true, QTime(7, 30));
    QCOMPARE(settings.reminder(), std::optional<QTime>(QTime(7, 30)));
    settings.setReminder(false, QTime(7, 30));
    QVERIFY(!settings.reminder());
    QCOMPARE(settings.reminderTime(), QTime(7, 30)); // kept for when it is switched on again
    store.setValue(QStringLiteral("reminder/time"), QStringLiteral("25:99"));
    settings.setReminder(true, QTime());
    QCOMPARE(settings.reminder(), std::optional<QTime>(QTime(18, 0))); // a bad value: the default
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
