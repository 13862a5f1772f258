#include "export/fieldrow.h"

#include <QLocale>
#include <QTest>
#include <cmath>
#include <limits>
#include <random>

using namespace attend;

class TestFieldRow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsKeepTheirTextAndEmptiness();
    void numbersAreWrittenAsQtWritesThem();
};

// Fields of each kind, then padding: read back by index, by hand.
void TestFieldRow::fieldsKeepTheirTextAndEmptiness()
{
    FieldRow row;
    row.add(QStringLiteral("汉字"));
    row.addInteger(std::optional<std::int64_t>());
    row.addInteger(-9'007'199'254'740'993LL);
    row.addNumber(std::optional<double>());
    row.addNumber(0.1);
    row.addFlag(true);
    row.padTo(8);
    QCOMPARE(row.size(), 8);
    QCOMPARE(
        row.toStringList(),
        (QStringList{QStringLiteral("汉字"), QString(), QStringLiteral("-9007199254740993"),
                     QString(), QStringLiteral("0.1"), QStringLiteral("1"), QString(), QString()}));
    FieldRow copy = FieldRow::of({QStringLiteral("a")});
    copy.append(row);
    QCOMPARE(copy.size(), 9);
    QCOMPARE(copy[1], QByteArrayView("汉字"));
    row.clear();
    QCOMPARE(row.size(), 0);
    QCOMPARE(row.textSize(), 0);
}

// The second method: Qt's shortest round-tripping text, 'f' in the plain range and 'g' outside
// it, which exports wrote before FieldRow. Edge values, then random doubles of every magnitude.
void TestFieldRow::numbersAreWrittenAsQtWritesThem()
{
    const auto qt = [](double v) {
        if (std::isnan(v))
            return QByteArray();
        const double size = std::abs(v);
        const bool plain = v == 0.0 || (size >= 1e-6 && size < 1e15);
        return QString::number(v, plain ? 'f' : 'g', QLocale::FloatingPointShortest).toLatin1();
    };
    std::vector<double> values = {0.0,
                                  -0.0,
                                  1e-6,
                                  0.99999999e-6,
                                  1e15,
                                  1e15 - 1,
                                  -1e15,
                                  0.1 + 0.2,
                                  1.0 / 3.0,
                                  16.666666666666668,
                                  4503599627370497.0,
                                  std::numeric_limits<double>::quiet_NaN(),
                                  std::numeric_limits<double>::infinity(),
                                  std::numeric_limits<double>::denorm_min(),
                                  std::numeric_limits<double>::max()};
    std::mt19937_64 random(20261201);
    std::uniform_real_distribution<double> exponent(-12.0, 18.0), mantissa(-10.0, 10.0);
    for (int i = 0; i < 200'000; ++i)
        values.push_back(mantissa(random) * std::pow(10.0, exponent(random)));
    for (int i = 0; i < 2000; ++i) // whole numbers, as most fields are
        values.push_back(std::round(mantissa(random) * 1e6));
    for (const double v : values) {
        std::string text;
        FieldRow::appendNumber(text, v);
        QCOMPARE(QByteArray::fromStdString(text), qt(v));
    }
}

QTEST_GUILESS_MAIN(TestFieldRow)
#include "tst_fieldrow.moc"
