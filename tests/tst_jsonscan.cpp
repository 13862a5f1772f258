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

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"
