#include "import/delimitedtext.h"

#include "stringlist.h"

#include <QTest>

using namespace attend;

using testing::strings;

// CSV and TSV as other tools write them (RFC 4180 quoting), with the lines messages name.
class TestDelimitedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks();
    void tabsAndSemicolonsAreFoundFromTheHeader_data();
    void tabsAndSemicolonsAreFoundFromTheHeader();
    void whatIsNotATableIsRefused_data();
    void whatIsNotATableIsRefused();
};

void TestDelimitedText::quotedFieldsKeepDelimitersQuotesAndLineBreaks()
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "a,b,c\r\n"
                             "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                             "\r\n"
                             "2,\"two\nlines\",\r\n"
                             "3,,last";
    auto table = DelimitedText::parse(bytes, QStringLiteral("t.csv"));
    QVERIFY(table);
    QCOMPARE(table.value().header(), strings({"a", "b", "c"}));
    const auto &rows = table.value().rows();
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[0].fields, strings({"1", "x, y", "say \"hi\""}));
    QCOMPARE(rows[0].line, 2);
    QCOMPARE(rows[1].fields, strings({"2", "two\nlines", ""}));
    QCOMPARE(rows[1].line, 4); // line 3 is blank
    QCOMPARE(rows[2].fields, strings({"3", "", "last"}));
    QCOMPARE(rows[2].line, 6); // the quoted line break moved it down
}

void TestDelimitedText::tabsAndSemicolonsAreFoundFromTheHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("tab-separated") << QByteArray("a\tb\tc,d\n1\t2\t3,4\n");
    QTest::newRow("semicolon-separated (a European spreadsheet)")
        << QByteArray("a;b;c,d\n1;2;3,4\n");
}

void TestDelimitedText::tabsAndSemicolonsAreFoundFromTheHeader()
{
    QFETCH(QByteArray, bytes);
    auto table = DelimitedText::parse(bytes, QStringLiteral("t.txt"));
    QVERIFY(table);
    QCOMPARE(table.value().header(), strings({"a", "b", "c,d"}));
    QCOMPARE(table.value().rows()[0].fields, strings({"1", "2", "3,4"}));
}

void TestDelimitedText::whatIsNotATableIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0", 6)
                            << QStringLiteral("t.csv is not a text file (it holds NUL bytes).");
    QTest::newRow("not UTF-8") << QByteArray("a,b\n\xff\xfe,1\n")
                               << QStringLiteral("t.csv is not UTF-8 text.");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("t.csv is empty.");
    QTest::newRow("a header only")
        << QByteArray("a,b\n") << QStringLiteral("t.csv holds a header but no rows.");
    QTest::newRow("a short row") << QByteArray("a,b\n1,2\n3\n")
                                 << QStringLiteral(
                                        "t.csv, line 3: 1 fields, but the header has 2.");
    QTest::newRow("a quote left open")
        << QByteArray("a,b\n1,\"2\n3,4\n")
        << QStringLiteral("t.csv, line 2: a quoted field is never closed.");
    QTest::newRow("a column named twice")
        << QByteArray("a,b,a\n1,2,3\n")
        << QStringLiteral("t.csv, line 1: the column \"a\" appears twice in the header.");
}

void TestDelimitedText::whatIsNotATableIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto table = DelimitedText::parse(bytes, QStringLiteral("t.csv"));
    QVERIFY(!table);
    QCOMPARE(table.error().message(), message);
}

QTEST_GUILESS_MAIN(TestDelimitedText)
#include "tst_delimitedtext.moc"
