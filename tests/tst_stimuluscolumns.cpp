#include "export/stimuluscolumns.h"

#include <QTest>

using namespace attend;

class TestStimulusColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsComeInTheOrderAReaderMeetsThem();
    void aTrialHasTheValuesOfEveryColumnKnownOnceItIsRead();
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
        rows.push_back(columns.values(t));
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

QTEST_GUILESS_MAIN(TestStimulusColumns)
#include "tst_stimuluscolumns.moc"
