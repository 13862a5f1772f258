#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "export/exportformats.h"
#include "import/trialimport.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>
#include <map>

using namespace attend;

// Trials recorded elsewhere become sessions whose measures are computed by the same code as a
// recorded session's (docs/import.md).
class TestTrialImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anExportImportedIntoAnEmptyDatabaseGivesTheSameMeasures();
    void theRealSartDataGiveTheRatesComputedByHand();
    void theWorkedExamplesImport_data();
    void theWorkedExamplesImport();
    void aFileWithAProblemStoresNothing();
    void aCancelledImportStoresNothing();

private:
    std::unique_ptr<Database> emptyDatabase(const QString &name);
    QTemporaryDir m_dir;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
};

namespace {

QString example(const char *name)
{
    return QStringLiteral(SOURCE_ROOT "/docs/examples/") + QLatin1String(name);
}

QString sartData()
{
    return QStringLiteral(ATTEND_TEST_DATA "/sart_pcbs/sart_pcbs.csv");
}

// Every session of the database, in the order it was stored.
std::vector<StoredSession> sessionsOf(Database &db)
{
    std::vector<StoredSession> out;
    auto people = ParticipantRepository(db).list(ParticipantRepository::Which::All);
    std::vector<qint64> ids;
    for (const Participant &p : people.value()) {
        const QList<SessionInfo> sessions = SessionRepository(db).forParticipant(p.id).value();
        for (const SessionInfo &s : sessions)
            ids.push_back(s.id);
    }
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        out.push_back(SessionRepository(db).load(id).value());
    return out;
}

} // namespace

void TestTrialImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    registerBuiltInExercises(m_exercises, m_scenes);
}

std::unique_ptr<Database> TestTrialImport::emptyDatabase(const QString &name)
{
    return testing::openOrFail(m_dir.filePath(name));
}

void TestTrialImport::anExportImportedIntoAnEmptyDatabaseGivesTheSameMeasures()
{
    auto source = emptyDatabase(QStringLiteral("source.sqlite"));
    QVERIFY(source);
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = 2; // an assessment, then a training session
    for (const auto &e : m_exercises.all())
        plan.exercises << e->id();
    QVERIFY(TraineeSimulation(*source, m_exercises).run(plan, {}));
    const QString out = m_dir.filePath(QStringLiteral("export"));
    QVERIFY(ExportFormats().find(QStringLiteral("csv"))->run(*source, {}, out, false));

    auto target = emptyDatabase(QStringLiteral("target.sqlite"));
    QVERIFY(target);
    auto read = TrialImport::read({out + QStringLiteral("/trials.csv"), {}, {}, {}}, m_exercises);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
    QCOMPARE(read.value().problems, QStringList());
    auto stored = TrialImport::store(*target, m_exercises, read.value());
    QVERIFY(stored);
    QCOMPARE(stored.value().sessions, 10);

    // The export lists sessions by participant, exercise and time; match them by their start.
    std::map<QDateTime, StoredSession> original;
    for (const StoredSession &s : sessionsOf(*source))
        original[s.startedAt] = s;
    const std::vector<StoredSession> imported = sessionsOf(*target);
    QCOMPARE(imported.size(), original.size());
    for (const StoredSession &s : imported) {
        QVERIFY(original.count(s.startedAt));
        const StoredSession &o = original.at(s.startedAt);
        QCOMPARE(s.exercise, o.exercise);
        QCOMPARE(s.mode, o.mode);
        QCOMPARE(s.seed, o.seed);
        QVERIFY(s.source && s.source->file == u"trials.csv");
        QVERIFY2(s.summary == o.summary, qPrintable(s.exercise + u' ' + storedName(s.mode)));
        const auto trials = TrialRepository(*target).forSession(s.id).value();
        const auto before = TrialRepository(*source).forSession(o.id).value();
        QCOMPARE(trials.size(), before.size());
        for (std::size_t i = 0; i < trials.size(); ++i) {
            QVERIFY(!trials[i].onsetNs); // no timing claim for an imported trial
            QCOMPARE(trials[i].rtMs(), before[i].rtMs());
        }
    }
    // BIDS events need onsets: imported sessions stay out of a BIDS export.
    const QString bids = m_dir.filePath(QStringLiteral("bids"));
    QVERIFY(ExportFormats().find(QStringLiteral("bids"))->run(*target, {}, bids, false));
    QVERIFY(!QFileInfo::exists(bids + QStringLiteral("/sub-SIM001")));
}

void TestTrialImport::theRealSartDataGiveTheRatesComputedByHand()
{
    // By hand from the CSV: per person and session, no-go digits pressed / no-go digits, go
    // digits without a press / go digits, and the mean RT of go presses from 100 ms on (the
    // SART's stated cleaning: anticipations only, docs/metrics.md).
    struct Tally
    {
        int nogo = 0, pressedNogo = 0, go = 0, missedGo = 0, rts = 0;
        double rtSum = 0.0;
    };
    std::map<QString, Tally> byHand;
    QFile csv(sartData());
    QVERIFY(csv.open(QIODevice::ReadOnly));
    csv.readLine();
    while (!csv.atEnd()) {
        const QStringList f = QString::fromUtf8(csv.readLine()).trimmed().split(u',');
        Tally &t = byHand[QStringLiteral("PCBS") + f[0] + u'/' + f[2]];
        const bool pressed = f[6] == u"1";
        if (f[4] == u"nogo") {
            ++t.nogo;
            t.pressedNogo += pressed;
        } else {
            ++t.go;
            t.missedGo += !pressed;
            if (pressed && f[8].toDouble() >= 100.0) {
                ++t.rts;
                t.rtSum += f[8].toDouble();
            }
        }
    }
    QCOMPARE(byHand.size(), std::size_t(4));

    auto db = emptyDatabase(QStringLiteral("pcbs.sqlite"));
    QVERIFY(db);
    auto read = TrialImport::read(
        {sartData(), QStringLiteral("sart"), example("sart_pcbs.mapping.json"), QString()},
        m_exercises);
    QVERIFY(read);
    QCOMPARE(read.value().rows, 1060);
    QVERIFY(TrialImport::store(*db, m_exercises, read.value()));
    const std::vector<StoredSession> sessions = sessionsOf(*db);
    QCOMPARE(sessions.size(), std::size_t(4));
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const Tally &t = byHand.at(read.value().sessions[i].label);
        const QJsonObject &m = sessions[i].summary;
        const auto value = [&](const char *key) {
            return m.value(QLatin1String(key)).toObject().value(QStringLiteral("value")).toDouble();
        };
        QCOMPARE(value("commission_rate"), double(t.pressedNogo) / t.nogo);
        QCOMPARE(value("omission_rate"), double(t.missedGo) / t.go);
        QVERIFY(qAbs(value("go_rt_mean_ms") - t.rtSum / t.rts) < 1e-9);
    }
}

void TestTrialImport::theWorkedExamplesImport_data()
{
    QTest::addColumn<QString>("exercise");
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("trials");
    QTest::addColumn<int>("skipped");
    QTest::newRow("a PsychoPy SART")
        << QStringLiteral("sart") << QStringLiteral("psychopy_sart") << 27 << 1;
    QTest::newRow("a jsPsych visual search")
        << QStringLiteral("visual-search") << QStringLiteral("jspsych_visual_search") << 24 << 2;
}

void TestTrialImport::theWorkedExamplesImport()
{
    QFETCH(QString, exercise);
    QFETCH(QString, data);
    QFETCH(int, trials);
    QFETCH(int, skipped);
    const QString base = QStringLiteral(SOURCE_ROOT "/docs/examples/") + data;
    auto read = TrialImport::read(
        {base + QStringLiteral(".csv"), exercise, base + QStringLiteral(".mapping.json"), {}},
        m_exercises);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
    QCOMPARE(read.value().problems, QStringList());
    QCOMPARE(read.value().skipped, skipped);
    QCOMPARE(read.value().sessions.size(), std::size_t(1));
    QCOMPARE(int(read.value().sessions[0].trials.size()), trials);
    auto db = emptyDatabase(data + QStringLiteral(".sqlite"));
    QVERIFY(TrialImport::store(*db, m_exercises, read.value()));
    const StoredSession s = sessionsOf(*db).front();
    QCOMPARE(s.exercise, exercise);
    QVERIFY(!s.summary.isEmpty());
}

void TestTrialImport::aFileWithAProblemStoresNothing()
{
    // The last row's condition is one the mapping cannot convert.
    const QString path = QStringLiteral(ATTEND_TEST_DATA "/import/sart_bad_condition.csv");
    auto read = TrialImport::read(
        {path, QStringLiteral("sart"), example("sart_pcbs.mapping.json"), {}}, m_exercises);
    QVERIFY(read);
    QCOMPARE(read.value().problems.size(), 1);
    QVERIFY2(read.value().problems[0].contains(u"sart_bad_condition.csv, line 4, column \"condition\""),
             qPrintable(read.value().problems[0]));
    auto db = emptyDatabase(QStringLiteral("problem.sqlite"));
    QVERIFY(!TrialImport::store(*db, m_exercises, read.value()));
    QVERIFY(sessionsOf(*db).empty());
    QVERIFY(ParticipantRepository(*db).list(ParticipantRepository::Which::All).value().isEmpty());
}

void TestTrialImport::aCancelledImportStoresNothing()
{
    auto read = TrialImport::read(
        {sartData(), QStringLiteral("sart"), example("sart_pcbs.mapping.json"), {}}, m_exercises);
    QVERIFY(read);
    auto db = emptyDatabase(QStringLiteral("cancelled.sqlite"));
    int calls = 0;
    auto stored = TrialImport::store(*db, m_exercises, read.value(), [&](int, int) {
        return ++calls < 2; // cancel while the second session's measures are computed
    });
    QVERIFY(!stored);
    QCOMPARE(stored.error().kind(), Error::Kind::Cancelled);
    QVERIFY(sessionsOf(*db).empty());
    // And the same file then imports, since nothing of it was kept.
    QVERIFY(TrialImport::store(*db, m_exercises, read.value()));
    QCOMPARE(sessionsOf(*db).size(), std::size_t(4));
}

QTEST_GUILESS_MAIN(TestTrialImport)
#include "tst_trialimport.moc"
