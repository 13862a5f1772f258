#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "models/sessionmeasuresmodel.h"
#include "sceneregistry.h"
#include "simulatedtrainee.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace attend;

// A session's stored measures as the session-details table shows them: the stored values (never
// recomputed), with the trials each used and excluded, and measures of another version by key.
class TestSessionMeasuresModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rowsAreTheStoredMeasuresWithTheirCounts();
    void aMeasureStoredByAnotherVersionIsShownByItsKey();
    void valuesHaveFourDigitsAndNoExponent_data();
    void valuesHaveFourDigitsAndNoExponent();
    void aLevelOfAnEarlierTrainingRangeReadsOnTodaysScale();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
    qint64 m_session = 0;
};

void TestSessionMeasuresModel::initTestCase()
{
    m_db = testing::openOrFail(m_dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(m_db);
    registerBuiltInExercises(m_exercises, m_scenes);
    const auto p = testing::simulateTrainee(*m_db, m_exercises, QStringLiteral("sart"), 1,
                                            SessionMode::Assessment);
    QVERIFY(p);
    m_session = SessionRepository(*m_db).forParticipant(*p).value().front().id;
}

void TestSessionMeasuresModel::rowsAreTheStoredMeasuresWithTheirCounts()
{
    SessionMeasuresModel model(*m_db, *m_exercises.find(QStringLiteral("sart")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_session));
    QVERIFY(model.rowCount() > 10);
    // The commission rate rests on the no-go trials, counted here from the stored rows.
    int nogo = 0, commissions = 0;
    const auto trials = TrialRepository(*m_db).forSession(m_session);
    QVERIFY(trials);
    for (const TrialRecord &t : trials.value())
        if (!t.practice && t.condition == "nogo") {
            ++nogo;
            commissions += t.responded();
        }
    QCOMPARE(nogo, 25);
    const auto row = model.rowOf(QStringLiteral("commission_rate"));
    QVERIFY(row);
    QCOMPARE(model.data(model.index(*row, SessionMeasuresModel::Value), Qt::UserRole).toDouble(),
             commissions / 25.0);
    QCOMPARE(model.data(model.index(*row, SessionMeasuresModel::Used), Qt::DisplayRole).toInt(),
             25);
    QCOMPARE(model.data(model.index(*row, SessionMeasuresModel::Label), Qt::DisplayRole).toString(),
             QStringLiteral("Commission rate"));
    // What it is, in words, with the paradigm's source.
    QCOMPARE(model
                 .data(model.index(*row, SessionMeasuresModel::Note),
                       SessionMeasuresModel::DefinitionRole)
                 .toString(),
             QStringLiteral("Responses to the no-go stimulus over no-go trials (Robertson et al. "
                            "1997)."));
    // The interval of a measure with a unit carries it, as the value does.
    const auto rt = model.rowOf(QStringLiteral("go_rt_mean_ms"));
    QVERIFY(rt);
    const QString interval =
        model.data(model.index(*rt, SessionMeasuresModel::Interval), Qt::DisplayRole).toString();
    QVERIFY2(interval.contains(u" – ") && interval.endsWith(u" ms"), qPrintable(interval));
}

void TestSessionMeasuresModel::aMeasureStoredByAnotherVersionIsShownByItsKey()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral("UPDATE sessions SET summary_json = ? WHERE id = ?")));
    q.addBindValue(QStringLiteral(
        R"({"commission_rate": {"ok": true, "value": 0.5, "unit": ""},
            "old_measure": {"ok": false, "unit": "ms", "note": "too few trials"}})"));
    q.addBindValue(m_session);
    QVERIFY(q.exec());
    SessionMeasuresModel model(*m_db, *m_exercises.find(QStringLiteral("sart")));
    QVERIFY(model.load(m_session));
    QCOMPARE(model.rowCount(), 2);
    const int kept = *model.rowOf(QStringLiteral("commission_rate"));
    QCOMPARE(model.data(model.index(kept, SessionMeasuresModel::Value), Qt::UserRole).toDouble(),
             0.5); // stored, not recomputed
    const int old = *model.rowOf(QStringLiteral("old_measure"));
    QCOMPARE(model.data(model.index(old, SessionMeasuresModel::Label), Qt::DisplayRole).toString(),
             QStringLiteral("old_measure"));
    QCOMPARE(model.data(model.index(old, SessionMeasuresModel::Value), Qt::DisplayRole).toString(),
             QStringLiteral("no value"));
    QCOMPARE(model.data(model.index(old, SessionMeasuresModel::Note), Qt::DisplayRole).toString(),
             QStringLiteral("too few trials"));
}

void TestSessionMeasuresModel::valuesHaveFourDigitsAndNoExponent_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("a time in ms") << 820.3456 << QStringLiteral("820.3");
    QTest::newRow("a proportion") << 0.97916 << QStringLiteral("0.9792");
    QTest::newRow("a whole one") << 1.0 << QStringLiteral("1");
    QTest::newRow("a small slope") << -0.0014492 << QStringLiteral("-0.001449");
    QTest::newRow("a tiny bound") << 4.1023e-05 << QStringLiteral("0.00004102");
    QTest::newRow("floating-point noise") << -1.267e-18 << QStringLiteral("0");
    QTest::newRow("a large count") << 123456.0 << QStringLiteral("123,456");
}

void TestSessionMeasuresModel::valuesHaveFourDigitsAndNoExponent()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(SessionMeasuresModel::significant(value), text);
}

void TestSessionMeasuresModel::aLevelOfAnEarlierTrainingRangeReadsOnTodaysScale()
{
    // A SART training session as the range before 2 December 2026 stored it: its level reached
    // reads on today's scale, as on the progress chart; the other measures as stored.
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("old.sqlite")));
    QVERIFY(db);
    const auto p = testing::simulateTrainee(*db, m_exercises, QStringLiteral("sart"), 1,
                                            SessionMode::Training);
    QVERIFY(p);
    const qint64 session = SessionRepository(*db).forParticipant(*p).value().front().id;
    const Exercise &sart = *m_exercises.find(QStringLiteral("sart"));
    SessionMeasuresModel before(*db, sart), after(*db, sart);
    QVERIFY(before.load(session));
    QVERIFY(testing::storeUnderEarlierNoGoRange(*db, session,
                                                sart.defaultParameters(SessionMode::Training)));
    QVERIFY(after.load(session));
    const auto value = [](const SessionMeasuresModel &m, const char *key) {
        const auto row = m.rowOf(QLatin1String(key));
        return row ? m.data(m.index(*row, SessionMeasuresModel::Value), Qt::UserRole).toDouble()
                   : std::nan("");
    };
    const double level = value(before, "level_reached");
    QVERIFY(level > 0.0 && level < 1.0);
    QVERIFY(std::abs(value(after, "level_reached") - testing::earlierNoGoLevelToday(level)) <
            1e-12);
    QCOMPARE(value(after, "accuracy_at_level"), value(before, "accuracy_at_level"));
}

QTEST_GUILESS_MAIN(TestSessionMeasuresModel)
#include "tst_sessionmeasuresmodel.moc"
