#include "session/populationfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace attend;

// Population files: fields replace the standard population's one by one, per exercise on top;
// mistakes are refused with the place named.
class TestPopulationFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsReplaceTheStandardOnesAndExercisesOverride();
    void theStandardPopulationDrawsTheSamePeople();
    void mistakesAreRefused_data();
    void mistakesAreRefused();
    void theShippedPopulationsRead();
};

void TestPopulationFile::fieldsReplaceTheStandardOnesAndExercisesOverride()
{
    const QJsonObject json{
        {QStringLiteral("name"), QStringLiteral("test")},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("slope"), QJsonObject{{QStringLiteral("centre"), 0.04}}}}},
        {QStringLiteral("exercises"),
         QJsonObject{
             {QStringLiteral("sart"), QJsonObject{{QStringLiteral("lapse"),
                                                   QJsonObject{{QStringLiteral("centre"), 0.1},
                                                               {QStringLiteral("high"), 0.3}}}}}}}};
    const auto file = PopulationFile::fromJson(json, QStringLiteral("test.json"));
    QVERIFY(file);
    const simulation::Population standard;
    const auto all = file.value().forExercise(QStringLiteral("cpt"));
    QCOMPARE(all.slope.centre, 0.04);
    QCOMPARE(all.slope.spread, standard.slope.spread); // untouched fields stay
    QVERIFY(all.slope.logNormal);
    QCOMPARE(all.lapse.centre, standard.lapse.centre);
    const auto sart = file.value().forExercise(QStringLiteral("sart"));
    QCOMPARE(sart.slope.centre, 0.04); // the file's general parameters under the exercise's own
    QCOMPARE(sart.lapse.centre, 0.1);
    QCOMPARE(sart.lapse.high, 0.3);
    QCOMPARE(file.value().exercises(), QStringList{QStringLiteral("sart")});
}

void TestPopulationFile::theStandardPopulationDrawsTheSamePeople()
{
    // An empty file is the standard population: the same person for the same seed.
    const auto file = PopulationFile::fromJson({}, QStringLiteral("empty.json")).value();
    const auto a = simulation::SimulatedParticipant::draw(42);
    const auto b =
        simulation::SimulatedParticipant::draw(42, file.forExercise(QStringLiteral("x")));
    QCOMPARE(a.ability, b.ability);
    QCOMPARE(a.rtTau, b.rtTau);
    QCOMPARE(a.seed, b.seed);
    // Drawn values keep within their bounds.
    simulation::Population narrow;
    narrow.ability = {0.5, 10.0, 0.4, 0.6};
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        const double ability = simulation::SimulatedParticipant::draw(seed, narrow).ability;
        QVERIFY(ability >= 0.4 && ability <= 0.6);
    }
}

void TestPopulationFile::mistakesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("a misspelt parameter")
        << QByteArray(R"({"parameters": {"abilty": {}}})") << "abilty";
    QTest::newRow("a distribution's field that is not a number")
        << QByteArray(R"({"parameters": {"slope": {"centre": "steep"}}})") << "centre";
    QTest::newRow("low above high")
        << QByteArray(R"({"parameters": {"lapse": {"low": 0.5, "high": 0.1}}})") << "lapse";
    QTest::newRow("a negative spread")
        << QByteArray(R"({"exercises": {"sart": {"ability": {"spread": -1}}}})") << "sart";
    QTest::newRow("not JSON") << QByteArray("{ nope") << "JSON";
}

void TestPopulationFile::mistakesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const auto read = PopulationFile::read(path);
    QVERIFY(!read);
    QVERIFY2(read.error().message().contains(named), qPrintable(read.error().message()));
    QVERIFY(read.error().message().contains(path));
    QVERIFY(!PopulationFile::read(dir.filePath(QStringLiteral("missing.json"))));
}

void TestPopulationFile::theShippedPopulationsRead()
{
    for (const char *name : {"older-adults", "steep-low-lapse"}) {
        const auto read = PopulationFile::read(
            QStringLiteral(SOURCE_ROOT "/resources/populations/%1.json").arg(QLatin1String(name)));
        QVERIFY2(read, read ? name : qPrintable(read.error().message()));
        QVERIFY(!read.value().name().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestPopulationFile)
#include "tst_populationfile.moc"
