#include "palette.h"

#include <QTest>
#include <algorithm>
#include <array>
#include <cmath>

using namespace attend;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;
using Vector = std::array<double, 3>;

// Machado, Oliveira & Fernandes (2009), IEEE TVCG 15(6): dichromacy (severity 1.0) as a linear
// map of linear-light sRGB.
constexpr Matrix kProtanopia{{{0.152286, 1.052583, -0.204868},
                              {0.114503, 0.786281, 0.099216},
                              {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix kDeuteranopia{{{0.367322, 0.860646, -0.227968},
                                {0.280085, 0.672501, 0.047413},
                                {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix kTritanopia{{{1.255528, -0.076749, -0.178779},
                              {-0.078411, 0.930809, 0.147602},
                              {0.004733, 0.691367, 0.303900}}};
constexpr Matrix kIdentity{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

// sRGB (IEC 61966-2-1) to linear light.
double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// CIELAB (D65 white) of a linear-light sRGB colour.
Vector lab(const Vector &rgb)
{
    const double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
    const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    const double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
    const auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

// The colour as a viewer with the deficiency `m` sees it, in CIELAB.
Vector seenAs(const QColor &colour, const Matrix &m)
{
    const Vector rgb{linear(colour.red()), linear(colour.green()), linear(colour.blue())};
    Vector out{};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    return lab(out);
}

// CIE 1976 colour difference ΔE*ab between how two colours are seen.
double difference(const QColor &a, const QColor &b, const Matrix &m)
{
    const Vector p = seenAs(a, m), q = seenAs(b, m);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// Far beyond a just-noticeable difference (ΔE*ab ≈ 2.3; Sharma 2003): two colours a person must
// tell apart at a glance, trial after trial.
constexpr double kDistinct = 40.0;

} // namespace

// The task-switching and visual-search colours stay distinct for the three dichromacies
// (docs/exercises.md), simulated with Machado et al.'s matrices written out here.
class TestPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theSimulationByHand();
    void theStimulusPairStaysDistinct_data();
    void theStimulusPairStaysDistinct();
    void aRedGreenPairWouldNot();
};

void TestPalette::theSimulationByHand()
{
    // White stays white for every deficiency (each row of the matrices sums to 1): L* 100.
    const Vector white = seenAs(Qt::white, kDeuteranopia);
    QVERIFY(std::abs(white[0] - 100.0) < 0.01);
    QVERIFY(std::abs(white[1]) < 0.01 && std::abs(white[2]) < 0.01);
    // sRGB 0xE6 = 230 → ((230/255 + 0.055)/1.055)^2.4 = 0.7913.
    QVERIFY(std::abs(linear(230) - 0.791298) < 1e-5);
}

void TestPalette::theStimulusPairStaysDistinct_data()
{
    QTest::addColumn<Matrix>("deficiency");
    QTest::addColumn<double>("atLeast");
    // Computed with the same formulas in Python: 113.1, 101.4, 111.3, 86.9.
    QTest::newRow("typical colour vision") << kIdentity << 113.0;
    QTest::newRow("protanopia") << kProtanopia << 101.0;
    QTest::newRow("deuteranopia") << kDeuteranopia << 111.0;
    QTest::newRow("tritanopia") << kTritanopia << 86.5;
}

void TestPalette::theStimulusPairStaysDistinct()
{
    QFETCH(Matrix, deficiency);
    QFETCH(double, atLeast);
    const double d =
        difference(paletteColour(QStringLiteral("orange")), paletteColour(QStringLiteral("blue")),
                   deficiency);
    QVERIFY2(d > kDistinct && d > atLeast, qPrintable(QString::number(d)));
}

void TestPalette::aRedGreenPairWouldNot()
{
    // The check can fail: a red and a green that differ by 122 for typical vision are 7.4 apart
    // for a deuteranope.
    const QColor red(0xCC, 0x00, 0x00), green(0x00, 0x88, 0x00);
    QVERIFY(difference(red, green, kIdentity) > kDistinct);
    QVERIFY(difference(red, green, kDeuteranopia) < kDistinct);
}

QTEST_APPLESS_MAIN(TestPalette)
#include "tst_palette.moc"
