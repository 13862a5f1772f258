#include "export/stimuluscolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <cmath>

using namespace attend;

class TestStimulusColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsComeInTheOrderAReaderMeetsThem();
    void aTrialHasTheValuesOfEveryColumnKnownOnceItIsRead();
    void everyStimulusReadsAsQJsonDocumentReadsIt_data();
    void everyStimulusReadsAsQJsonDocumentReadsIt();
};

namespace {

// The four stimuli of the tests below, read in order by one StimulusColumns.
std::vector<QStringList> read(StimulusColumns &columns)
{
    const char *stimuli[] = {R"({"target":"f","items":[1,2],"set":8,"cue":null})",
                             R"({"stairs":[0.5,0.6],"extra":true,"set":16,"pos":{"x":1}})",
                             "not json", R"({"alpha":1.25,"target":"a,\"b\""})"};
    std::vector<QStringList> rows;
    for (const char *stimulus : stimuli) {
        TrialRecord t;
        t.stimulus = stimulus;
        FieldRow row;
        columns.values(t, row);
        rows.push_back(row.toStringList());
    }
    return rows;
}

} // namespace

// Worked out by hand from the stimuli: the first trial's scalars by name (a JSON object keeps
// its names sorted), then what the second and fourth add; of the arrays and objects only the
// staircase states a measure reads; a stimulus that is not JSON adds nothing.
void TestStimulusColumns::columnsComeInTheOrderAReaderMeetsThem()
{
    StimulusColumns columns;
    read(columns);
    QCOMPARE(columns.keys(), (QStringList{QStringLiteral("cue"), QStringLiteral("set"),
                                          QStringLiteral("target"), QStringLiteral("extra"),
                                          QStringLiteral("stairs"), QStringLiteral("alpha")}));
    QCOMPARE(StimulusColumns().keys(), QStringList());
}

// Each row is as wide as the columns known after its trial, in the columns' order; a null, a
// field the trial lacks and a trial that is not JSON give empty values; a boolean 1, an array
// its compact JSON, a string itself.
void TestStimulusColumns::aTrialHasTheValuesOfEveryColumnKnownOnceItIsRead()
{
    StimulusColumns columns;
    const std::vector<QStringList> rows = read(columns);
    QCOMPARE(rows.size(), std::size_t(4));
    QCOMPARE(rows[0], (QStringList{QString(), QStringLiteral("8"), QStringLiteral("f")}));
    QCOMPARE(rows[1], (QStringList{QString(), QStringLiteral("16"), QString(), QStringLiteral("1"),
                                   QStringLiteral("[0.5,0.6]")}));
    QCOMPARE(rows[2], (QStringList{QString(), QString(), QString(), QString(), QString()}));
    QCOMPARE(rows[3], (QStringList{QString(), QString(), QStringLiteral("a,\"b\""), QString(),
                                   QString(), QStringLiteral("1.25")}));
}

void TestStimulusColumns::everyStimulusReadsAsQJsonDocumentReadsIt_data()
{
    QTest::addColumn<QByteArray>("stimulus");
    const char *rows[][2] = {
        {"a search trial",
         R"({"absent_key":"j","item_size":0.045,"items":[[0.0356,-0.2668,"bar","orange",0]],"present":true,"set_size":8})"},
        {"a staircase of integers",
         R"({"display_frames":12,"stair":1,"stairs":[[30,3,0,[]],[12,3,0,[]]],"frame_ms":16.666666666666668})"},
        {"a staircase with fractions", R"({"stairs":[0.5,1e-7,-0.25]})"},
        {"a staircase with minus zero", R"({"stairs":[-0,3]})"},
        {"a staircase that is an object", R"({"stairs":{"a":1},"b":2})"},
        {"names out of order", R"({"b":1,"a":2,"B":3})"},
        {"a name twice", R"({"a":1,"b":2,"a":3})"},
        {"an escaped string", R"({"s":"say \"hi\"\n","t":"\u6c49"})"},
        {"a non-ASCII string", "{\"s\":\"\xe6\xb1\x89\"}"},
        {"minus zero", R"({"z":-0,"y":-0.0})"},
        {"a number beyond a double", R"({"x":1e400,"y":2})"},
        {"large and small numbers", R"({"a":1e15,"b":123456789012345678,"c":1e-7,"d":-2.5E+3})"},
        {"nulls and booleans", R"({"a":null,"b":false,"c":true})"},
        {"white space", " {\n \"a\" : 1 ,\t\"b\" : [ 1 , 2 ] } \n"},
        {"text after the object", R"({"a":1} trailing)"},
        {"an array, not an object", "[1,2]"},
        {"empty", ""},
    };
    for (const auto &[name, text] : rows)
        QTest::newRow(name) << QByteArray(text);
}

// The second method: the class's rule written out over QJsonDocument (every scalar by name, a
// boolean 1/0, a number in Qt's shortest text, only the staircase arrays, as compact JSON),
// which the export used for every trial before it read stimuli directly.
void TestStimulusColumns::everyStimulusReadsAsQJsonDocumentReadsIt()
{
    QFETCH(QByteArray, stimulus);
    QStringList keys, values;
    const QJsonObject object = QJsonDocument::fromJson(stimulus).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if ((v.isArray() || v.isObject()) && it.key() != u"stairs")
            continue;
        keys << it.key();
        if (v.isArray())
            values << QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isBool())
            values << (v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        else if (v.isDouble()) {
            const double size = std::abs(v.toDouble());
            const bool plain = size == 0.0 || (size >= 1e-6 && size < 1e15);
            values << QString::number(v.toDouble(), plain ? 'f' : 'g',
                                      QLocale::FloatingPointShortest);
        } else
            values << v.toString();
    }
    StimulusColumns columns;
    TrialRecord t;
    t.stimulus = stimulus.toStdString();
    FieldRow row;
    columns.values(t, row);
    QCOMPARE(columns.keys(), keys);
    QCOMPARE(row.toStringList(), values);
}

QTEST_GUILESS_MAIN(TestStimulusColumns)
#include "tst_stimuluscolumns.moc"
