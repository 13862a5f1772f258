#include "programme/programme.h"
#include "stringlist.h"

#include <QJsonArray>
#include <QTest>

using namespace attend;

namespace {

const QStringList kKnown =
    testing::strings({"visual-search", "divided-attention", "task-switching", "sart", "cpt"});

QJsonObject valid()
{
    return {
        {QStringLiteral("id"), QStringLiteral("p")},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Plan")},
                                             {QStringLiteral("zh_CN"), QStringLiteral("计划")}}},
        {QStringLiteral("training_days"), 5},
        {QStringLiteral("days_per_week"), 3},
        {QStringLiteral("minutes_per_day"), 20},
        {QStringLiteral("exercises"), QJsonArray{QStringLiteral("sart")}},
        {QStringLiteral("midpoint"), true}};
}

} // namespace

class TestProgramme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theShippedProgrammesLoad();
    void aValidFileReadsBackItsFields();
    void aBadFileIsRefusedWithItsReason_data();
    void aBadFileIsRefusedWithItsReason();
};

void TestProgramme::theShippedProgrammesLoad()
{
    auto all = Programme::shipped(kKnown);
    QVERIFY2(all, all ? "" : qPrintable(all.error().message()));
    QCOMPARE(all.value().size(), std::size_t(2));
    const Programme &four = all.value().front();
    QCOMPARE(four.id(), QStringLiteral("attention-4w"));
    QCOMPARE(four.trainingDays(), 12);
    QCOMPARE(four.daysPerWeek(), 3);
    QCOMPARE(four.midpointAfterDay(), std::optional<int>(6));
    QCOMPARE(four.name(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("注意力训练（四周）"));
    QCOMPARE(four.name(QLocale(QStringLiteral("de_DE"))), QStringLiteral("Attention, four weeks"));
    QVERIFY(Programme::shippedById(QStringLiteral("speed-2w"), kKnown).has_value());
    QVERIFY(!Programme::shippedById(QStringLiteral("nosuch"), kKnown).has_value());
    // A build without one of its exercises does not offer the programme.
    const auto speedOnly =
        Programme::shipped(testing::strings({"divided-attention", "visual-search"}));
    QCOMPARE(speedOnly.value().size(), std::size_t(1));
    QCOMPARE(speedOnly.value().front().id(), QStringLiteral("speed-2w"));
}

void TestProgramme::aValidFileReadsBackItsFields()
{
    auto p = Programme::fromJson(valid(), kKnown, QStringLiteral("p.json"));
    QVERIFY(p);
    QCOMPARE(p.value().minutesPerDay(), 20);
    QCOMPARE(p.value().exercises(), testing::strings({"sart"}));
    QCOMPARE(p.value().midpointAfterDay(), std::optional<int>(2)); // after day 2 of 5
}

void TestProgramme::aBadFileIsRefusedWithItsReason_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no id") << "id" << QJsonValue(QString()) << "\"id\"";
    QTest::newRow("zero training days") << "training_days" << QJsonValue(0) << "training_days";
    QTest::newRow("half a day") << "training_days" << QJsonValue(2.5) << "training_days";
    QTest::newRow("eight days a week") << "days_per_week" << QJsonValue(8) << "days_per_week";
    QTest::newRow("five hours a day") << "minutes_per_day" << QJsonValue(300) << "minutes_per_day";
    QTest::newRow("minutes as text")
        << "minutes_per_day" << QJsonValue(QStringLiteral("20")) << "minutes_per_day";
    QTest::newRow("an unknown exercise")
        << "exercises" << QJsonValue(QJsonArray{QStringLiteral("chess")}) << "chess";
    QTest::newRow("an exercise twice")
        << "exercises" << QJsonValue(QJsonArray{QStringLiteral("sart"), QStringLiteral("sart")})
        << "twice";
    QTest::newRow("no exercises") << "exercises" << QJsonValue(QJsonArray{}) << "no exercises";
}

void TestProgramme::aBadFileIsRefusedWithItsReason()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject json = valid();
    json.insert(key, value);
    auto p = Programme::fromJson(json, kKnown, QStringLiteral("bad.json"));
    QVERIFY(!p);
    QVERIFY2(p.error().message().contains(reason), qPrintable(p.error().message()));
    QVERIFY(p.error().message().contains(QStringLiteral("bad.json")));
}

QTEST_GUILESS_MAIN(TestProgramme)
#include "tst_programme.moc"
