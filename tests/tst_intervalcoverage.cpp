// Do the intervals stored with a session's measures cover? (docs/metrics.md, "Intervals".)
// One simulated person per exercise takes the assessment 500 times, each time with new trials
// and new noise, through the product's own session code (HeadlessRun). The person's true value
// of the measure is what the measure gives on average: for each session, the mean over the
// other 499 — independent of that session. The stored 95 % interval must cover it in 93–97 %
// of the sessions.

#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "measureintervals.h"
#include "sceneregistry.h"
#include "session/populationfile.h"
#include "session/traineesimulation.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <map>

using namespace attend;

namespace {

constexpr int kSessions = 500;
// Resamples per session. The product stores 2000 so that each limit is steady to the last
// digit; coverage is a property of the method, which 250 resamples show at an eighth of the
// time. Their noisier limits cover slightly less (by up to 1.6 points against 500), so the
// test errs on the strict side (docs/metrics.md).
constexpr int kResamples = 250;

struct Stored
{
    double value = 0.0;
    std::optional<Interval> interval;
};

} // namespace

class TestIntervalCoverage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void intervalsCoverTheTrueValue_data();
    void intervalsCoverTheTrueValue();

private:
    std::map<QString, std::vector<Stored>> simulate(const Exercise &exercise,
                                                    const QStringList &keys);
    // The share of sessions whose interval covers the true value (0 when fewer than 95 % of
    // the sessions have an interval), with its figures printed.
    static double coverage(const QString &key, const std::vector<Stored> &stored);

    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
};

void TestIntervalCoverage::initTestCase()
{
    registerBuiltInExercises(m_exercises, m_scenes);
}

// kSessions assessments of one person, each with its own trials and noise; per key, the stored
// value and interval of each session that has a value.
std::map<QString, std::vector<Stored>> TestIntervalCoverage::simulate(const Exercise &exercise,
                                                                      const QStringList &keys)
{
    QTemporaryDir dir;
    // Simulated bulk data, as `attend-cli simulate` stores it: a commit need not wait for the disk.
    Database::Options bulk;
    bulk.durableCommits = false;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("coverage.sqlite")), bulk);
    const qint64 participant = ParticipantRepository(*db).add(QStringLiteral("P1"), {}).value().id;
    simulation::ParticipantProfile profile =
        simulation::SimulatedParticipant::draw(4242, PopulationFile().forExercise(exercise.id()));
    std::map<QString, std::vector<Stored>> out;
    for (int k = 0; k < kSessions; ++k) {
        profile.seed = 100'000 + quint64(k);
        simulation::SimulatedParticipant person(profile);
        person.startSession(0);
        SessionRunner::Options options;
        options.instructions = false;
        options.practice = false;
        options.seed = quint32(k + 1);
        options.resamples = kResamples;
        const auto id = HeadlessRun(*db, exercise)
                            .run(participant, SessionMode::Assessment, options,
                                 simulatedResponder(person, exercise));
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        const QJsonObject summary = SessionRepository(*db).load(id.value()).value().summary;
        for (const QString &key : keys) {
            const QJsonObject m = summary.value(key).toObject();
            if (!m.value(QStringLiteral("ok")).toBool())
                continue;
            Stored s{m.value(QStringLiteral("value")).toDouble(), std::nullopt};
            if (m.contains(QStringLiteral("ci_low")))
                s.interval = Interval{m.value(QStringLiteral("ci_low")).toDouble(),
                                      m.value(QStringLiteral("ci_high")).toDouble()};
            out[key].push_back(s);
        }
    }
    return out;
}

// Per exercise: the measures reported, the first of which must cover (docs/metrics.md lists the
// figures of all).
void TestIntervalCoverage::intervalsCoverTheTrueValue_data()
{
    QTest::addColumn<QString>("exercise");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("sart") << QStringLiteral("sart")
                          << QStringList{QStringLiteral("commission_rate"),
                                         QStringLiteral("omission_rate"),
                                         QStringLiteral("go_rt_mean_ms"),
                                         QStringLiteral("go_rt_exgauss_tau_ms")};
    QTest::newRow("cpt") << QStringLiteral("cpt")
                         << QStringList{QStringLiteral("d_prime"),
                                        QStringLiteral("commission_rate")};
    QTest::newRow("task-switching")
        << QStringLiteral("task-switching")
        << QStringList{QStringLiteral("switch_cost_rt_ms"), QStringLiteral("mixing_cost_rt_ms"),
                       QStringLiteral("repeat_rt_exgauss_tau_ms"),
                       QStringLiteral("repeat_rt_ez_drift")};
    QTest::newRow("visual-search")
        << QStringLiteral("visual-search")
        << QStringList{QStringLiteral("conjunction_present_slope_ms_per_item")};
    QTest::newRow("divided-attention") << QStringLiteral("divided-attention")
                                       << QStringList{QStringLiteral("selective_threshold_fit_ms"),
                                                      QStringLiteral("peripheral_accuracy")};
}

double TestIntervalCoverage::coverage(const QString &key, const std::vector<Stored> &stored)
{
    double sum = 0.0;
    for (const Stored &s : stored)
        sum += s.value;
    const double mean = sum / double(stored.size());
    int withInterval = 0, covered = 0;
    double width = 0.0, ss = 0.0;
    for (const Stored &s : stored) {
        ss += (s.value - mean) * (s.value - mean);
        if (!s.interval)
            continue;
        const double truth = (sum - s.value) / double(stored.size() - 1);
        ++withInterval;
        covered += s.interval->low <= truth && truth <= s.interval->high;
        width += s.interval->high - s.interval->low;
    }
    const double share = withInterval > 0 ? double(covered) / withInterval : 0.0;
    // Width / 3.92 is the SD a normal interval of that width implies: it should match the
    // estimates' SD across sessions.
    qInfo("%s: %d with a value, %d with an interval, coverage %.3f, mean width / 3.92 %.4g, "
          "SD across sessions %.4g, true value %.4g",
          qPrintable(key), int(stored.size()), withInterval, share,
          withInterval > 0 ? width / withInterval / 3.92 : 0.0,
          std::sqrt(ss / double(stored.size() - 1)), mean);
    // Nearly every session must have one: a method that gave intervals only to easy sessions
    // would cover by leaving the hard ones out.
    return withInterval >= 0.95 * kSessions ? share : 0.0;
}

void TestIntervalCoverage::intervalsCoverTheTrueValue()
{
    QFETCH(QString, exercise);
    QFETCH(QStringList, keys);
    const auto all = simulate(*m_exercises.find(exercise), keys);
    std::vector<double> shares;
    for (const QString &key : keys)
        shares.push_back(coverage(key, all.at(key)));
    QEXPECT_FAIL("divided-attention",
                 "resampled trials of a staircase give the UFOV threshold too narrow an interval "
                 "(82 %), and 16 % of sessions none (docs/metrics.md)",
                 Continue);
    QVERIFY2(shares.front() >= 0.93 && shares.front() <= 0.97,
             qPrintable(QString::number(shares.front())));
}

QTEST_GUILESS_MAIN(TestIntervalCoverage)
#include "tst_intervalcoverage.moc"
