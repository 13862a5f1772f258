#include "export/exportfolder.h"
#include "export/growingcsvtable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace attend;

class TestGrowingCsvTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void earlierRowsGetTheColumnsAddedAfterThem();
    void aQuotedLineBreakIsNotARowEndAcrossChunks();
};

namespace {

// Writes `rows` (a flush after each) as table t.csv under `header` into a new export folder
// in `dir`, commits it, and returns the table's bytes.
QByteArray written(const QTemporaryDir &dir, const std::vector<QStringList> &rows,
                   const QStringList &header)
{
    const QString out = dir.filePath(QStringLiteral("out"));
    auto folder = ExportFolder::open(out, false);
    if (!folder)
        return "open failed";
    auto table = GrowingCsvTable::create(*folder.value(), QStringLiteral("t.csv"));
    if (!table)
        return "create failed";
    for (const QStringList &row : rows) {
        table.value().add(FieldRow::of(row));
        if (!table.value().flush())
            return "flush failed";
    }
    if (!table.value().finish(header) || !folder.value()->commit())
        return "finish failed";
    if (QDir(out).entryList(QDir::Files).join(u' ') != u"t.csv")
        return "other files: " + QDir(out).entryList(QDir::Files).join(u' ').toUtf8();
    QFile file(out + QStringLiteral("/t.csv"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : "no table";
}

} // namespace

// Rows 2, 2, 3 and 4 fields wide under a 4-column header: each gets the empty fields of the
// columns added after it, also a row whose quoted field holds a line break and quotes; the part
// file is gone. Written out by hand.
void TestGrowingCsvTable::earlierRowsGetTheColumnsAddedAfterThem()
{
    QTemporaryDir dir;
    const QByteArray bytes = written(
        dir,
        {{QStringLiteral("a"), QStringLiteral("1")},
         {QStringLiteral("b"), QStringLiteral("x\r\ny")},
         {QStringLiteral("c"), QStringLiteral("say \"hi\""), QStringLiteral("3")},
         {QStringLiteral("d"), QString(), QString(), QStringLiteral("4")}},
        {QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4")});
    QCOMPARE(bytes, QByteArray("h1,h2,h3,h4\r\n"
                               "a,1,,\r\n"
                               "b,\"x\r\ny\",,\r\n"
                               "c,\"say \"\"hi\"\"\",3,\r\n"
                               "d,,,4\r\n"));
}

// A field longer than the copy's 1 MiB chunk, quoted, with a line break across the chunk's end:
// the quote state carries over, so only the true row ends are padded.
void TestGrowingCsvTable::aQuotedLineBreakIsNotARowEndAcrossChunks()
{
    QTemporaryDir dir;
    const QString longField = QString((1 << 20) - 6, u'x') + QStringLiteral("\r\n\"z\"\r\nend");
    const QByteArray bytes =
        written(dir, {{longField}, {QStringLiteral("b")}, {QStringLiteral("c"), QString()}},
                {QStringLiteral("h1"), QStringLiteral("h2")});
    const QByteArray expected =
        "h1,h2\r\n\"" + QByteArray((1 << 20) - 6, 'x') + "\r\n\"\"z\"\"\r\nend\",\r\nb,\r\nc,\r\n";
    QCOMPARE(bytes.size(), expected.size());
    QVERIFY(bytes == expected);
}

QTEST_GUILESS_MAIN(TestGrowingCsvTable)
#include "tst_growingcsvtable.moc"
