#include "export/jsonscan.h"

#include <QJsonDocument>
#include <QTest>

using namespace attend;

class TestJsonScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWholeTextIsAcceptedOnlyWhenPlainJson_data();
    void aWholeTextIsAcceptedOnlyWhenPlainJson();
    void numbersReadAsTheirDecimalValue();
    void negativeZeroIsLeftToQtInEveryForm();
    void compactIntegerArraysAreThoseQtWritesBackUnchanged_data();
    void compactIntegerArraysAreThoseQtWritesBackUnchanged();
};

void TestJsonScan::aWholeTextIsAcceptedOnlyWhenPlainJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("accepted");
    const QByteArray deep = QByteArray(40, '[') + QByteArray(40, ']');
    QTest::newRow("an object with nested values")
        << QByteArray(R"({"a":1,"b":[1,2,{"c":null}],"d":"x","e":true})") << true;
    QTest::newRow("white space everywhere")
        << QByteArray(" {\n\t\"a\" : -1.5e3 ,\"b\":[ ] }\r\n") << true;
    QTest::newRow("minus zero") << QByteArray(R"({"a":-0})") << true;
    QTest::newRow("an empty object") << QByteArray("{}") << true;
    QTest::newRow("a leading zero") << QByteArray(R"({"a":01})") << false;
    QTest::newRow("a number beyond a double") << QByteArray(R"({"a":1e400})") << false;
    QTest::newRow("a fraction without digits") << QByteArray(R"({"a":1.})") << false;
    QTest::newRow("no digit before the point") << QByteArray(R"({"a":.5})") << false;
    QTest::newRow("an escape") << QByteArray(R"({"a":"\u00e9"})") << false;
    QTest::newRow("a non-ASCII name") << QByteArray("{\"\xc3\xa9\":1}") << false;
    QTest::newRow("a trailing comma") << QByteArray(R"({"a":1,})") << false;
    QTest::newRow("text after the value") << QByteArray(R"({"a":1} x)") << false;
    QTest::newRow("an unclosed array") << QByteArray("[1,2") << false;
    QTest::newRow("a misspelt literal") << QByteArray(R"({"a":tru})") << false;
    QTest::newRow("a name without quotes") << QByteArray("{a:1}") << false;
    QTest::newRow("forty levels deep") << deep << false;
    QTest::newRow("empty") << QByteArray() << false;
}

// Accepted by hand above; and whatever is accepted, QJsonDocument reads too (the second method),
// so that a stimulus the scan takes is never one Qt would have refused.
void TestJsonScan::aWholeTextIsAcceptedOnlyWhenPlainJson()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, accepted);
    JsonScan in(std::string_view(text.constData(), std::size_t(text.size())));
    const bool scanned = in.skipValue() && in.atEnd();
    QCOMPARE(scanned, accepted);
    if (scanned)
        QVERIFY(!QJsonDocument::fromJson(text).isNull());
}

// Each as the C library reads it.
void TestJsonScan::numbersReadAsTheirDecimalValue()
{
    for (const char *text :
         {"0", "-12", "16.666666666666668", "1E2", "2.5e-7", "9007199254740993"}) {
        JsonScan in(text);
        double value = 0.0;
        QVERIFY2(in.number(value) && in.atEnd(), text);
        QCOMPARE(value, std::strtod(text, nullptr));
    }
    double value = 0.0;
    QVERIFY(!JsonScan("-0").number(value)); // Qt reads it as the integer 0: left to Qt
}

void TestJsonScan::negativeZeroIsLeftToQtInEveryForm()
{
    double value = 1.0;
    for (const char *text : {"-0", "-0.0", "-0e5", "-0.000E-3"})
        QVERIFY2(!JsonScan(text).number(value), text);
    for (const char *text : {"0", "0.0", "-0.5", "-10", "-0.01e2"}) {
        QVERIFY2(JsonScan(text).number(value), text);
        QCOMPARE(value, std::strtod(text, nullptr));
    }
}

void TestJsonScan::compactIntegerArraysAreThoseQtWritesBackUnchanged_data()
{
    QTest::addColumn<QByteArray>("array");
    QTest::addColumn<bool>("compact");
    QTest::newRow("integers") << QByteArray("[3,-2,0,[1,10]]") << true;
    QTest::newRow("fifteen digits") << QByteArray("[-999999999999999]") << true;
    QTest::newRow("sixteen digits") << QByteArray("[1234567890123456]") << false;
    QTest::newRow("a negative zero") << QByteArray("[1,-0]") << false;
    QTest::newRow("a fraction") << QByteArray("[1.5]") << false;
    QTest::newRow("an exponent") << QByteArray("[1e2]") << false;
    QTest::newRow("a space") << QByteArray("[1, 2]") << false;
    QTest::newRow("a string") << QByteArray(R"(["a"])") << false;
}

// By hand above (only integer arrays count); and every array taken as compact, QJsonDocument
// writes back unchanged (the second method), so copying it raw gives Qt's text.
void TestJsonScan::compactIntegerArraysAreThoseQtWritesBackUnchanged()
{
    QFETCH(QByteArray, array);
    QFETCH(bool, compact);
    QCOMPARE(JsonScan::compactIntegers(std::string_view(array.constData(), array.size())), compact);
    if (compact)
        QCOMPARE(QJsonDocument::fromJson(array).toJson(QJsonDocument::Compact), array);
}

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"
