#include "csvfixture.h"
#include "metrics/ezdiffusion.h"

#include <QTest>

using namespace attend::metrics;

class TestEzDiffusion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thePublishedExample();
    void matchesAnIndependentComputation_data();
    void matchesAnIndependentComputation();
    void edgeCorrections_data();
    void edgeCorrections();
    void fromReactionTimes();
};

void TestEzDiffusion::thePublishedExample()
{
    // Wagenmakers, van der Maas & Grasman (2007), p. 8: Pc = .802, VRT = .112, MRT = .723 give
    // v = 0.0999, a = 0.1400, Ter = 0.3000.
    const EzDiffusion ez = ezDiffusion(0.802, 0.112, 0.723, 100);
    QVERIFY(ez.ok());
    QVERIFY(qAbs(ez.v - 0.0999) < 5e-5);
    QVERIFY(qAbs(ez.a - 0.1400) < 5e-5);
    QVERIFY(qAbs(ez.ter - 0.3000) < 5e-5);
    QVERIFY(!ez.corrected);
}

void TestEzDiffusion::matchesAnIndependentComputation_data()
{
    QTest::addColumn<double>("pc");
    QTest::addColumn<double>("vrt");
    QTest::addColumn<double>("mrt");
    QTest::addColumn<double>("v");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("ter");
    for (const auto &r : attend::testing::readCsv(QStringLiteral("ezdiffusion.csv")))
        QTest::addRow("Pc %s", qPrintable(r.fields.value(QStringLiteral("pc"))))
            << r.number(QStringLiteral("pc")) << r.number(QStringLiteral("vrt"))
            << r.number(QStringLiteral("mrt")) << r.number(QStringLiteral("v"))
            << r.number(QStringLiteral("a")) << r.number(QStringLiteral("ter"));
}

void TestEzDiffusion::matchesAnIndependentComputation()
{
    QFETCH(double, pc);
    QFETCH(double, vrt);
    QFETCH(double, mrt);
    QFETCH(double, v);
    QFETCH(double, a);
    QFETCH(double, ter);
    const EzDiffusion ez = ezDiffusion(pc, vrt, mrt, 100);
    QVERIFY(qAbs(ez.v - v) < 1e-9);
    QVERIFY(qAbs(ez.a - a) < 1e-9);
    QVERIFY(qAbs(ez.ter - ter) < 1e-9);
}

void TestEzDiffusion::edgeCorrections_data()
{
    QTest::addColumn<double>("pc");
    QTest::addColumn<double>("used");
    QTest::newRow("all correct becomes 1 − 1/(2n)") << 1.0 << 1.0 - 1.0 / 80.0;
    QTest::newRow("none correct becomes 1/(2n)") << 0.0 << 1.0 / 80.0;
    QTest::newRow("exactly chance becomes 0.5 + 1/(2n)") << 0.5 << 0.5 + 1.0 / 80.0;
}

void TestEzDiffusion::edgeCorrections()
{
    QFETCH(double, pc);
    QFETCH(double, used);
    const EzDiffusion ez = ezDiffusion(pc, 0.05, 0.6, 40);
    QVERIFY(ez.ok());
    QVERIFY(ez.corrected);
    QCOMPARE(ez.usedPc, used);
    QVERIFY(std::isfinite(ez.v) && std::isfinite(ez.a) && std::isfinite(ez.ter));
}

void TestEzDiffusion::fromReactionTimes()
{
    // Correct RTs 400, 500, 600 ms of 4 trials: Pc 0.75, MRT 0.5 s, VRT 0.01 s².
    const EzDiffusion fromTrials = ezDiffusionFromRts({400, 500, 600}, 4);
    const EzDiffusion direct = ezDiffusion(0.75, 0.01, 0.5, 4);
    QVERIFY(qAbs(fromTrials.v - direct.v) < 1e-12);
    QVERIFY(qAbs(fromTrials.ter - direct.ter) < 1e-12);
    QCOMPARE(ezDiffusionFromRts({400}, 4).status, Status::NotEnoughTrials);
    QCOMPARE(ezDiffusion(0.8, 0.0, 0.5, 50).status, Status::Undefined);
}

QTEST_APPLESS_MAIN(TestEzDiffusion)
#include "tst_ezdiffusion.moc"
