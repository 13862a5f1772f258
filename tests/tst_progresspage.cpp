#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "models/progressmodel.h"
#include "progresspage.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "sessiondetaildialog.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTest>

using namespace attend;

class TestProgressPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chartsShowEverySessionAndAForecast();
    void chartsAreSavedAsPngAndSvg();
    void sessionDetailChartsShowEveryTrial();
    void aParticipantWithoutSessionsGetsAnEmptyChart();
    void sessionNotesOpenOnlyPastTheGateAndAreNeverLost();
    void anUnspeededTaskShowsAccuracyNotTimes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
    std::unique_ptr<ProgressPage> m_page;
};

void TestProgressPage::initTestCase()
{
    m_db = testing::openOrFail(m_dir.filePath(QStringLiteral("g.sqlite")));
    QVERIFY(m_db);
    registerBuiltInExercises(m_exercises, m_scenes);
    // One assessment and four training sessions of task switching.
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = 5;
    plan.exercises = {QStringLiteral("task-switching")};
    QVERIFY(TraineeSimulation(*m_db, m_exercises).run(plan, {}));
    m_page = std::make_unique<ProgressPage>(*m_db, m_exercises);
    m_page->resize(1000, 700);
    auto *exercise = m_page->findChild<QComboBox *>();
    QCOMPARE(exercise->currentIndex(), 0);
    QVERIFY(exercise->currentData().toString() != u"task-switching");
    // It opens on the exercise the participant did last, not on the first one listed.
    m_page->setParticipant(ParticipantRepository(*m_db).byCode(QStringLiteral("SIM001")).value());
    QCOMPARE(exercise->currentData().toString(), QStringLiteral("task-switching"));
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestProgressPage::chartsShowEverySessionAndAForecast()
{
    QChart *chart = m_page->measureChart();
    int assessment = 0, training = 0, bars = 0, forecasts = 0, baselines = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *s = qobject_cast<QScatterSeries *>(series)) {
            if (s->name() == u"Assessment")
                assessment = int(s->count());
            else if (s->name() == u"Training")
                training = int(s->count());
        } else if (qobject_cast<QAreaSeries *>(series)) {
            ++forecasts;
        } else if (auto *l = qobject_cast<QLineSeries *>(series)) {
            // Error bars are vertical two-point lines; the baseline is horizontal.
            if (l->count() == 2 && l->at(0).x() == l->at(1).x())
                ++bars;
            else
                ++baselines;
        }
    }
    // The latest session is training, so the chart shows training's key measure, the level
    // reached, for the four training sessions; the assessment's own measure is in the notes
    // (one mode per chart).
    QCOMPARE(assessment, 0);
    QCOMPARE(training, 4);
    QCOMPARE(bars, 4);
    QCOMPARE(baselines, 1);
    QCOMPARE(forecasts, 1);
    // The level chart: the target band, then the level and the accuracy of each training
    // session.
    const auto levels = m_page->levelChart()->series();
    QCOMPARE(levels.size(), 5);
    QVERIFY(qobject_cast<QAreaSeries *>(levels[0]));
    QCOMPARE(qobject_cast<QLineSeries *>(levels[1])->count(), 4);
    QCOMPARE(qobject_cast<QLineSeries *>(levels[2])->count(), 4);
    for (const QPointF &p : qobject_cast<QLineSeries *>(levels[2])->points())
        QVERIFY(p.y() > 0.0 && p.y() <= 1.0);
    // The attention model's forecast for session 6, with its band around it.
    auto *forecast = qobject_cast<QScatterSeries *>(levels[3]);
    QVERIFY(forecast);
    QCOMPARE(forecast->count(), 1);
    QCOMPARE(forecast->at(0).x(), 6.0);
    const auto band = qobject_cast<QLineSeries *>(levels[4])->points();
    QVERIFY(band[0].y() <= forecast->at(0).y() && forecast->at(0).y() <= band[1].y());
}

void TestProgressPage::chartsAreSavedAsPngAndSvg()
{
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(m_page->saveChart(0, png));
    QVERIFY(m_page->saveChart(1, svg));
    QFile pngFile(png), svgFile(svg);
    QVERIFY(pngFile.open(QIODevice::ReadOnly) && svgFile.open(QIODevice::ReadOnly));
    QVERIFY(pngFile.read(8).startsWith("\x89PNG"));
    QVERIFY(svgFile.readAll().contains("<svg"));
    QVERIFY(!m_page->saveChart(0, m_dir.filePath(QStringLiteral("missing/folder/chart.png"))));
}

void TestProgressPage::sessionDetailChartsShowEveryTrial()
{
    ProgressModel progress(*m_db, *m_exercises.find(QStringLiteral("task-switching")));
    QVERIFY(
        progress.load(ParticipantRepository(*m_db).byCode(QStringLiteral("SIM001")).value().id));
    SessionDetailDialog dialog(*m_db, progress);
    const auto trials = testing::scoredTrials(*m_db, progress.points().back().sessionId);
    // The histogram's 15 bins hold every answered trial.
    auto *histogram = qobject_cast<QBarSeries *>(dialog.rtView()->chart()->series().front());
    QVERIFY(histogram);
    QBarSet *counts = histogram->barSets().front();
    QCOMPARE(counts->count(), 15);
    double binned = 0;
    for (int i = 0; i < counts->count(); ++i)
        binned += counts->at(i);
    const auto answered = std::count_if(trials.begin(), trials.end(),
                                        [](const TrialRecord &t) { return t.responded(); });
    QCOMPARE(int(binned), int(answered));
    // The track: one level point per trial, and each outcome once.
    const auto track = dialog.trackView()->chart()->series();
    QCOMPARE(track.size(), 4);
    QCOMPARE(int(qobject_cast<QXYSeries *>(track[0])->count()), int(trials.size()));
    QCOMPARE(int(qobject_cast<QXYSeries *>(track[2])->count() +
                 qobject_cast<QXYSeries *>(track[3])->count()),
             int(trials.size()));
}

void TestProgressPage::aParticipantWithoutSessionsGetsAnEmptyChart()
{
    const auto other = ParticipantRepository(*m_db).add(QStringLiteral("NEW1"), {}).value();
    m_page->setParticipant(other);
    int points = 0;
    for (QAbstractSeries *series : m_page->measureChart()->series())
        if (auto *s = qobject_cast<QXYSeries *>(series))
            points += int(s->count());
    QCOMPARE(points, 0);
    QVERIFY(!m_page->measureChart()->title().isEmpty()); // says there is nothing yet
}

void TestProgressPage::sessionNotesOpenOnlyPastTheGateAndAreNeverLost()
{
    ProgressModel progress(*m_db, *m_exercises.find(QStringLiteral("task-switching")));
    QVERIFY(
        progress.load(ParticipantRepository(*m_db).byCode(QStringLiteral("SIM001")).value().id));
    QVERIFY(progress.points().size() >= 2);
    const qint64 last = progress.points().back().sessionId;
    QVERIFY(SessionRepository(*m_db).setNotes(last, QStringLiteral("Glasses forgotten")));
    bool open = false;
    {
        SessionDetailDialog dialog(*m_db, progress);
        dialog.setGate([&open] { return open; });
        QVERIFY(!dialog.openNotes()); // the lock is shut: nothing shown
        QVERIFY(dialog.notesEdit()->toPlainText().isEmpty());
        open = true;
        QVERIFY(dialog.openNotes());
        QCOMPARE(dialog.notesEdit()->toPlainText(), QStringLiteral("Glasses forgotten"));
        dialog.notesEdit()->setPlainText(QStringLiteral("Glasses forgotten; wore spares"));
        dialog.notesEdit()->document()->setModified(true);
        dialog.showSession(0); // moving on saves what was typed
        QCOMPARE(SessionRepository(*m_db).load(last).value().notes,
                 QStringLiteral("Glasses forgotten; wore spares"));
        QCOMPARE(dialog.notesEdit()->toPlainText(), QString()); // the first session has none
        dialog.notesEdit()->setPlainText(QStringLiteral("First visit"));
        dialog.notesEdit()->document()->setModified(true);
        dialog.reject(); // closing saves too
    }
    QCOMPARE(SessionRepository(*m_db).load(progress.points().front().sessionId).value().notes,
             QStringLiteral("First visit"));
}

// Divided attention asks for correctness only: no RT histogram, accuracy by condition.
void TestProgressPage::anUnspeededTaskShowsAccuracyNotTimes()
{
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = 1;
    plan.trialLimit = 40;
    plan.mode = SessionMode::Assessment;
    plan.exercises = {QStringLiteral("divided-attention")};
    const auto codes = TraineeSimulation(*m_db, m_exercises).run(plan, {});
    QVERIFY(codes);
    ProgressModel progress(*m_db, *m_exercises.find(QStringLiteral("divided-attention")));
    QVERIFY(progress.load(ParticipantRepository(*m_db).byCode(codes.value().front()).value().id));
    SessionDetailDialog dialog(*m_db, progress);
    const QStringList tabs = [&] {
        QStringList names;
        auto *widget = dialog.findChild<QTabWidget *>();
        for (int i = 0; i < widget->count(); ++i)
            names << widget->tabText(i);
        return names;
    }();
    QVERIFY2(!tabs.contains(QStringLiteral("&Reaction times")), qPrintable(tabs.join(u',')));
    QCOMPARE(dialog.conditionView()->chart()->title(), QStringLiteral("Accuracy by condition"));
    auto *bars =
        qobject_cast<QAbstractBarSeries *>(dialog.conditionView()->chart()->series().front());
    const QBarSet *values = bars->barSets().front();
    for (int i = 0; i < values->count(); ++i)
        QVERIFY(values->at(i) >= 0.0 && values->at(i) <= 100.0); // a percentage, not ms
    const auto axis = dialog.conditionView()->chart()->axes(Qt::Vertical);
    const QStringList names = qobject_cast<QBarCategoryAxis *>(axis.front())->categories();
    QVERIFY2(names.contains(QStringLiteral("Edge only")), qPrintable(names.join(u',')));
}

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
