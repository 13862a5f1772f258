#include "import/importmapping.h"

#include <QJsonDocument>
#include "stringlist.h"

#include <QTest>

using namespace attend;

using testing::strings;

// A mapping turns another tool's text into an exercise's fields, and says exactly where it
// cannot (docs/import.md).
class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesConvertAsTheMappingSays();
    void aBadMappingIsRefused_data();
    void aBadMappingIsRefused();
    void aValueThatDoesNotConvertNamesLineAndColumn_data();
    void aValueThatDoesNotConvertNamesLineAndColumn();
};

namespace {

// A task-switching-like set of fields: a flag, a number, a choice.
const std::vector<ImportField> kFields = {
    {QStringLiteral("congruent"), ImportField::Type::Flag},
    {QStringLiteral("cti_ms"), ImportField::Type::Number},
    {QStringLiteral("transition"),
     ImportField::Type::Choice,
     {QStringLiteral("first"), QStringLiteral("repeat"), QStringLiteral("switch")}},
    {QStringLiteral("rt_ms"), ImportField::Type::Number}};

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const char kMapping[] = R"({"fields": {
    "participant": {"column": "subj", "prefix": "P"},
    "trial": {"column": "n", "first": 1},
    "congruent": {"column": "cong", "true": ["C"], "false": ["I"]},
    "cti_ms": {"column": "cti", "unit": "s"},
    "transition": {"column": "trans", "values": {"stay": "repeat", "shift": "switch"}},
    "rt_ms": {"column": "rt"},
    "block": {"value": 2}}})";

const QStringList kHeader = strings({"subj", "n", "cong", "cti", "trans", "rt"});

} // namespace

void TestImportMapping::valuesConvertAsTheMappingSays()
{
    auto mapping = ImportMapping::parse(json(kMapping), kFields, QStringLiteral("m.json"));
    QVERIFY(mapping);
    QVERIFY(mapping.value().bind(kHeader, QStringLiteral("d.csv")));
    auto row = mapping.value().convert({7, strings({"07", "1", "I", "0.45", "shift", "512.5"})},
                                       QStringLiteral("d.csv"));
    QVERIFY(row);
    const QJsonObject v = row.value();
    QCOMPARE(v.value(u"participant").toString(), QStringLiteral("P07"));
    QCOMPARE(v.value(u"trial").toDouble(), 0.0); // 1-based → Attend's 0-based
    QCOMPARE(v.value(u"congruent").toBool(), false);
    QCOMPARE(v.value(u"cti_ms").toDouble(), 450.0); // seconds → ms
    QCOMPARE(v.value(u"transition").toString(), QStringLiteral("switch"));
    QCOMPARE(v.value(u"rt_ms").toDouble(), 512.5);
    QCOMPARE(v.value(u"block").toDouble(), 2.0); // the same for every row
    // An empty RT is a trial without a response: the field is left out.
    auto silent = mapping.value().convert({8, strings({"07", "2", "C", "0.45", "stay", ""})},
                                          QStringLiteral("d.csv"));
    QVERIFY(silent);
    QVERIFY(!silent.value().contains(u"rt_ms"));
    QCOMPARE(silent.value().value(u"transition").toString(), QStringLiteral("repeat"));
}

void TestImportMapping::aBadMappingIsRefused_data()
{
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<QString>("message");
    QTest::newRow("no fields") << QByteArray("{}")
                               << QStringLiteral("m.json: the mapping has no \"fields\" object "
                                                 "(docs/import.md).");
    QTest::newRow("a needed field left out")
        << QByteArray(R"({"fields": {"cti_ms": {"column": "cti"}, "transition": {"column": "t"},
                         "rt_ms": {"column": "rt"}}})")
        << QStringLiteral("m.json: the mapping gives no \"congruent\", which this exercise's "
                          "measures need (docs/import.md).");
    QTest::newRow("a field the exercise does not have")
        << QByteArray(R"({"fields": {"colour": {"column": "c"}}})")
        << QStringLiteral("m.json: \"colour\" is not a field of this exercise; the fields are "
                          "participant, session, block, trial, practice, response, started_at, "
                          "congruent, cti_ms, transition, rt_ms.");
    QTest::newRow("a unit that is no unit")
        << QByteArray(R"({"fields": {"congruent": {"column": "c"}, "cti_ms": {"column": "cti",
                         "unit": "min"}, "transition": {"column": "t"}, "rt_ms": {"column": "rt"}}})")
        << QStringLiteral("m.json, \"cti_ms\": the unit must be \"ms\" or \"s\", not \"min\".");
}

void TestImportMapping::aBadMappingIsRefused()
{
    QFETCH(QByteArray, mapping);
    QFETCH(QString, message);
    auto parsed =
        ImportMapping::parse(json(mapping.constData()), kFields, QStringLiteral("m.json"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message(), message);
}

void TestImportMapping::aValueThatDoesNotConvertNamesLineAndColumn_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message");
    QTest::newRow("a flag") << strings({"1", "1", "X", "0.4", "stay", "500"})
                            << QStringLiteral("d.csv, line 9, column \"cong\": \"X\" is neither a "
                                              "true value (C) nor a false one (I) for "
                                              "\"congruent\".");
    QTest::newRow("a number") << strings({"1", "1", "C", "fast", "stay", "500"})
                              << QStringLiteral("d.csv, line 9, column \"cti\": \"fast\" is not a "
                                                "number (\"cti_ms\").");
    QTest::newRow("a choice")
        << strings({"1", "1", "C", "0.4", "jump", "500"})
        << QStringLiteral("d.csv, line 9, column \"trans\": \"jump\" is not one of first, repeat, "
                          "switch (\"transition\"); a \"values\" object in the mapping can "
                          "translate it.");
    QTest::newRow("a needed value missing")
        << strings({"1", "1", "", "0.4", "stay", "500"})
        << QStringLiteral("d.csv, line 9, column \"cong\": no value for \"congruent\".");
}

void TestImportMapping::aValueThatDoesNotConvertNamesLineAndColumn()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    auto mapping = ImportMapping::parse(json(kMapping), kFields, QStringLiteral("m.json"));
    QVERIFY(mapping);
    QVERIFY(mapping.value().bind(kHeader, QStringLiteral("d.csv")));
    auto row = mapping.value().convert({9, fields}, QStringLiteral("d.csv"));
    QVERIFY(!row);
    QCOMPARE(row.error().message(), message);
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
