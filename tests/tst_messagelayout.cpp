#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "languageloader.h"
#include "messagelayout.h"
#include "runwindow.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "stimuluscanvas.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTest>

using namespace attend;

namespace {

enum class Screen { Instructions, PracticeOver, Break, Summary };

QString screenName(Screen screen)
{
    switch (screen) {
    case Screen::Instructions:
        return QStringLiteral("instructions");
    case Screen::PracticeOver:
        return QStringLiteral("practice over");
    case Screen::Break:
        return QStringLiteral("break");
    case Screen::Summary:
        return QStringLiteral("summary");
    }
    return {};
}

// The painted text's bounding box in device pixels: every pixel not the screen's background.
QRect inkBox(const QImage &image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) != StimulusCanvas::kMessageBackground)
                box |= QRect(x, y, 1, 1);
    return box;
}

} // namespace

// Every text screen of every exercise (instructions, practice over, break, summary) in both
// languages fits its window at 1024×768 and 1280×1024 — and, run with QT_SCALE_FACTOR=2 (a
// second ctest entry), at scale factor 2, where the window has half the logical size. Asserted
// twice: the layout says the text's box lies inside the window, and the painted pixels lie
// inside that box and never reach the window's edge (a cut text runs into the edge).
class TestMessageLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aShortTextKeepsItsReadingSize();
    void aLongTextIsMadeSmallerNotCut();
    void everyTextScreenFitsItsWindow_data();
    void everyTextScreenFitsItsWindow();

private:
    QString screenText(const Exercise &exercise, SessionMode mode, Screen screen) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
    QHash<QString, std::vector<TrialRecord>> m_trials; // "exercise/mode": a session's trials
    QHash<QString, QJsonObject> m_parameters;
};

void TestMessageLayout::initTestCase()
{
    m_db = testing::openOrFail(m_dir.filePath(QStringLiteral("l.sqlite")));
    QVERIFY(m_db);
    registerBuiltInExercises(m_exercises, m_scenes);
    // A short simulated session of each exercise in each mode, for its summary's measures.
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = 2; // an assessment, then training
    plan.trialLimit = 80;
    for (const auto &exercise : m_exercises.all())
        plan.exercises << exercise->id();
    const QString code = TraineeSimulation(*m_db, m_exercises).run(plan, {}).value().front();
    const qint64 who = ParticipantRepository(*m_db).byCode(code).value().id;
    auto sessions = SessionRepository(*m_db).forParticipant(who);
    QVERIFY(sessions);
    for (const SessionInfo &info : sessions.value()) {
        const QString key = info.exercise + u'/' + storedName(info.mode);
        m_trials.insert(key, testing::scoredTrials(*m_db, info.id));
        m_parameters.insert(key, SessionRepository(*m_db).load(info.id).value().parameters);
    }
}

void TestMessageLayout::aShortTextKeepsItsReadingSize()
{
    const QRectF area(0, 0, 1024, 768);
    const auto layout = MessageLayout::fit(QStringLiteral("Press Space to start."), area, {});
    QCOMPARE(layout.font.pixelSize(), 25); // 768 / 30
    QCOMPARE(layout.box, QRectF(1024 * 0.12, 768 * 0.12, 1024 * 0.76, 768 * 0.76));
    QVERIFY(layout.fits());
}

// Forty short lines: they fit once forty line spacings fit the box's height, which the test
// works out from the font's line spacing, not from the layout's bounding box.
void TestMessageLayout::aLongTextIsMadeSmallerNotCut()
{
    QStringList lines;
    for (int i = 1; i <= 40; ++i)
        lines << QStringLiteral("Line %1").arg(i);
    const QRectF area(0, 0, 1024, 768);
    const auto layout = MessageLayout::fit(lines.join(u'\n'), area, {});
    QVERIFY(layout.fits());
    QVERIFY(area.contains(layout.needed));
    const double height = 768 * 0.76;
    QFont font = layout.font;
    int expected = 0;
    for (int px = 25; px >= MessageLayout::kMinimumPixels && expected == 0; --px) {
        font.setPixelSize(px);
        const QFontMetricsF metrics(font);
        if (39 * metrics.lineSpacing() + metrics.height() <= height)
            expected = px;
    }
    QCOMPARE(layout.font.pixelSize(), expected);
    QVERIFY(expected < 25);
}

void TestMessageLayout::everyTextScreenFitsItsWindow_data()
{
    QTest::addColumn<QString>("exercise");
    QTest::addColumn<SessionMode>("mode");
    QTest::addColumn<Screen>("screen");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screenSize");
    for (const auto &exercise : m_exercises.all())
        for (SessionMode mode : {SessionMode::Assessment, SessionMode::Training})
            for (Screen screen :
                 {Screen::Instructions, Screen::PracticeOver, Screen::Break, Screen::Summary})
                for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
                    for (const QSize size : {QSize(1024, 768), QSize(1280, 1024)})
                        QTest::addRow("%s %s, %s, %s, %dx%d", qPrintable(exercise->id()),
                                      qPrintable(storedName(mode)), qPrintable(screenName(screen)),
                                      qPrintable(language), size.width(), size.height())
                            << exercise->id() << mode << screen << language << size;
}

void TestMessageLayout::everyTextScreenFitsItsWindow()
{
    QFETCH(QString, exercise);
    QFETCH(SessionMode, mode);
    QFETCH(Screen, screen);
    QFETCH(QString, language);
    QFETCH(QSize, screenSize);
    LanguageLoader languages;
    QVERIFY(languages.load(language));
    const QString text = screenText(*m_exercises.find(exercise), mode, screen);
    QVERIFY(!text.isEmpty());

    StimulusCanvas canvas;
    const qreal scale = canvas.devicePixelRatioF(); // 2 under QT_SCALE_FACTOR=2
    canvas.resize((QSizeF(screenSize) / scale).toSize());
    canvas.showMessage(text);
    const QImage image = canvas.grab().toImage();
    QVERIFY(canvas.messageLayout());
    const MessageLayout &layout = *canvas.messageLayout();
    QVERIFY2(layout.fits(), qPrintable(QStringLiteral("needs %1×%2 at %3 px")
                                           .arg(layout.needed.width())
                                           .arg(layout.needed.height())
                                           .arg(layout.font.pixelSize())));
    QVERIFY(QRectF(canvas.rect()).contains(layout.needed));
    const QRect ink = inkBox(image);
    QVERIFY(!ink.isEmpty());
    const QRectF needed(layout.needed.topLeft() * scale, layout.needed.size() * scale);
    QVERIFY2(needed.adjusted(-3, -3, 3, 3).contains(QRectF(ink)),
             qPrintable(QStringLiteral("ink %1,%2 %3×%4")
                            .arg(ink.x())
                            .arg(ink.y())
                            .arg(ink.width())
                            .arg(ink.height())));
    QVERIFY(image.rect().adjusted(1, 1, -1, -1).contains(ink));
}

// The longest form of each screen: instructions after a resumed session's preface, the practice
// to be repeated after a last feedback, a summary with the key measure beside last time's and
// the late-display sentence, and the break and summary of a session whose server is away.
QString TestMessageLayout::screenText(const Exercise &exercise, SessionMode mode,
                                      Screen screen) const
{
    switch (screen) {
    case Screen::Instructions:
        return RunWindow::instructionsScreen(exercise, mode, RunWindow::resumePreface(2, 3));
    case Screen::PracticeOver:
        return RunWindow::practiceDoneScreen(QStringLiteral("Too slow"),
                                             RunWindow::practiceAgainText(5, 12));
    case Screen::Break:
        return RunWindow::spooledScreen(RunWindow::breakScreen(2, 3));
    case Screen::Summary:
        break;
    }
    const QString key = exercise.id() + u'/' + storedName(mode);
    const auto measures = measuresOf(exercise, m_trials.value(key), mode, m_parameters.value(key));
    return RunWindow::spooledScreen(RunWindow::summaryScreen(
        measures, exercise.keyMeasure(mode),
        [mode](const Measure &today) {
            return RunWindow::comparisonText(today, mode, today.value + 0.5, today.value + 0.5);
        },
        RunWindow::lateDisplaysText()));
}

QTEST_MAIN(TestMessageLayout)
#include "tst_messagelayout.moc"
