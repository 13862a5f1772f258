#include "builtinexercises.h"
#include "csvfixture.h"
#include "exerciseregistry.h"
#include "export/exportcolumns.h"
#include "export/exportformats.h"
#include "export/tablefile.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace attend;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Rows as maps from column name to value, header first in the file.
std::vector<QMap<QString, QString>> readTable(const QString &path)
{
    const auto rows = testing::parseCsv(readAll(path));
    std::vector<QMap<QString, QString>> out;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        QMap<QString, QString> row;
        for (int c = 0; c < rows[0].size(); ++c)
            row.insert(rows[0][c], rows[r].value(c));
        out.push_back(row);
    }
    return out;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvQuotingFollowsRfc4180();
    void numbersAreShortAndReadBackExactly_data();
    void numbersAreShortAndReadBackExactly();
    void csvRoundTripKeepsEveryTrial();
    void theDataDictionaryDescribesEveryColumn();
    void redcapDictionaryMatchesTheData();
    void jsonHasOneDocumentPerSession();
    void jsonTrialsHoldTheStoredTextAndStimulus();
    void bidsPassesTheOfficialValidator();
    void badDestinationsAndCancellationLeaveNothing();
    void displayNamesStayUnlessAsked();
    void notesAndDetailsGoOutWithNamesOnly();

private:
    QString exportTo(const QString &format, const QString &name, ExportSelection selection = {});
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
};

void TestExporter::initTestCase()
{
    m_db = testing::openOrFail(m_dir.filePath(QStringLiteral("x.sqlite")));
    QVERIFY(m_db);
    registerBuiltInExercises(m_exercises, m_scenes);
    SimulationPlan plan;
    plan.participants = 2;
    plan.sessions = 2;
    plan.exercises = {QStringLiteral("sart"), QStringLiteral("divided-attention")};
    plan.trialLimit = 30;
    QVERIFY(TraineeSimulation(*m_db, m_exercises).run(plan, {}));
    QVERIFY(ParticipantRepository(*m_db).rename(
        ParticipantRepository(*m_db).byCode(QStringLiteral("SIM001")).value().id,
        QStringLiteral("Ann, \"the first\"")));
}

QString TestExporter::exportTo(const QString &format, const QString &name,
                               ExportSelection selection)
{
    const QString out = m_dir.filePath(name);
    auto written = ExportFormats().find(format)->run(*m_db, selection, out, false);
    if (!written) {
        qWarning("%s", qPrintable(written.error().message()));
        return {};
    }
    return out;
}

void TestExporter::numbersAreShortAndReadBackExactly_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("a tenth") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("0.6, not 0.59999999999999998") << 0.6 << QStringLiteral("0.6");
    QTest::newRow("an RT in ms") << 441.86031 << QStringLiteral("441.86031");
    QTest::newRow("a third, to the last digit that counts")
        << 1.0 / 3.0 << QStringLiteral("0.3333333333333333");
    QTest::newRow("a whole number") << 100000.0 << QStringLiteral("100000");
    QTest::newRow("a negative slope") << -6.25 << QStringLiteral("-6.25");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("very small, in exponent form") << 2.5e-9 << QStringLiteral("2.5e-09");
    QTest::newRow("very large, in exponent form") << 1e20 << QStringLiteral("1e+20");
}

// Issue "clinician's workspace": numbers in files with the fewest digits that read back to
// the same value.
void TestExporter::numbersAreShortAndReadBackExactly()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(ExportColumns::number(value), text);
    bool ok = false;
    QCOMPARE(text.toDouble(&ok), value);
    QVERIFY(ok);
}

void TestExporter::csvQuotingFollowsRfc4180()
{
    const QByteArray csv = TableFile::csv({QStringLiteral("a"), QStringLiteral("b")},
                                          {{QStringLiteral("x,y"), QStringLiteral("say \"hi\"")},
                                           {QStringLiteral("line\nbreak"), QString()}});
    QCOMPARE(csv, QByteArray("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",\r\n"));
    const auto back = testing::parseCsv(csv);
    QCOMPARE(back.size(), std::size_t(3));
    QCOMPARE(back[1], (QStringList{QStringLiteral("x,y"), QStringLiteral("say \"hi\"")}));
    QCOMPARE(back[2], (QStringList{QStringLiteral("line\nbreak"), QString()}));
    QCOMPARE(TableFile::tsv({QStringLiteral("onset")}, {{QString()}}), QByteArray("onset\nn/a\n"));
    // Texts a spreadsheet would run as formulas are neutralised; numbers are left alone.
    QCOMPARE(TableFile::csvField(QStringLiteral("=HYPERLINK(\"http://x\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    QCOMPARE(TableFile::csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(TableFile::csvField(QStringLiteral("+1-2+cmd")), QStringLiteral("'+1-2+cmd"));
    QCOMPARE(TableFile::csvField(QStringLiteral("-0.5")), QStringLiteral("-0.5"));
    QCOMPARE(TableFile::csvField(QStringLiteral("+3")), QStringLiteral("+3"));
    QCOMPARE(TableFile::csvField(QStringLiteral("a=b")), QStringLiteral("a=b"));
}

void TestExporter::csvRoundTripKeepsEveryTrial()
{
    const QString out = exportTo(QStringLiteral("csv"), QStringLiteral("csv"));
    QVERIFY(!out.isEmpty());
    const auto rows = readTable(out + QStringLiteral("/trials.csv"));
    // Every stored trial, with the same values.
    std::size_t expected = 0;
    std::size_t row = 0;
    for (const QString &code : {QStringLiteral("SIM001"), QStringLiteral("SIM002")}) {
        const qint64 id = ParticipantRepository(*m_db).byCode(code).value().id;
        auto sessions = SessionRepository(*m_db).forParticipant(id);
        QVERIFY(sessions);
        const QList<SessionInfo> list = std::move(sessions).value();
        for (const SessionInfo &s : list) {
            auto loaded = TrialRepository(*m_db).forSession(s.id);
            QVERIFY(loaded);
            const std::vector<TrialRecord> trials = std::move(loaded).value();
            expected += trials.size();
            for (const TrialRecord &t : trials) {
                const auto &r = rows.at(row++);
                QCOMPARE(r.value(QStringLiteral("participant_id")), code);
                QCOMPARE(r.value(QStringLiteral("session_id")).toLongLong(), s.id);
                QCOMPARE(r.value(QStringLiteral("condition")), QString::fromStdString(t.condition));
                QCOMPARE(r.value(QStringLiteral("onset_ns")).toLongLong(), t.onsetNs);
                QCOMPARE(r.value(QStringLiteral("correct")) == u"1", t.correct);
                QCOMPARE(r.value(QStringLiteral("response")), QString::fromStdString(t.response));
                if (t.responded())
                    QCOMPARE(r.value(QStringLiteral("rt_ms")).toDouble(), t.rtMs());
                else
                    QVERIFY(r.value(QStringLiteral("rt_ms")).isEmpty());
                QCOMPARE(r.value(QStringLiteral("difficulty")).toDouble(), t.difficulty);
            }
        }
    }
    QCOMPARE(rows.size(), expected);
    // Sessions with their measures, and the provenance sidecar.
    const auto sessions = readTable(out + QStringLiteral("/sessions.csv"));
    QCOMPARE(sessions.size(), std::size_t(8));
    QVERIFY(!sessions.front().value(QStringLiteral("app_version")).isEmpty());
    const auto provenance = QJsonDocument::fromJson(readAll(out + QStringLiteral("/export.json")));
    QCOMPARE(provenance[QStringLiteral("sessions")].toArray().size(), 8);
    QVERIFY(provenance[QStringLiteral("sessions")][0][QStringLiteral("parameters")].isObject());
}

void TestExporter::theDataDictionaryDescribesEveryColumn()
{
    const QString out = m_dir.filePath(QStringLiteral("csv"));
    QStringList described;
    for (const auto &r : readTable(out + QStringLiteral("/data_dictionary.csv"))) {
        described << r.value(QStringLiteral("file")) + u'/' + r.value(QStringLiteral("column"));
        // Each measure column says what it is and whose definition it follows, not just its key.
        const QString meaning = r.value(QStringLiteral("meaning"));
        if (r.value(QStringLiteral("column")).startsWith(u"m_"))
            QVERIFY2(!meaning.startsWith(u"measure ") && meaning.contains(u" ("),
                     qPrintable(meaning));
    }
    for (const QString &file : {QStringLiteral("trials.csv"), QStringLiteral("sessions.csv")}) {
        const auto header = testing::parseCsv(readAll(out + u'/' + file)).front();
        for (const QString &column : header)
            QVERIFY2(described.contains(file + u'/' + column), qPrintable(column));
    }
    // c's sign with the no-go stimulus as signal is stated (docs/metrics.md).
    const QStringList criterion =
        ExportColumns::dictionaryRow(QStringLiteral("sessions.csv"), QStringLiteral("m_criterion"));
    QVERIFY2(criterion.at(4).contains(QStringLiteral("above 0 leans towards pressing")),
             qPrintable(criterion.at(4)));
}

void TestExporter::redcapDictionaryMatchesTheData()
{
    const QString out = exportTo(QStringLiteral("redcap"), QStringLiteral("redcap"));
    QVERIFY(!out.isEmpty());
    const auto data = testing::parseCsv(readAll(out + QStringLiteral("/redcap_data.csv")));
    QStringList fields;
    for (const auto &r : readTable(out + QStringLiteral("/redcap_dictionary.csv")))
        fields << r.value(QStringLiteral("Variable / Field Name"));
    QStringList columns = data.front();
    columns.removeAll(QStringLiteral("redcap_repeat_instrument"));
    columns.removeAll(QStringLiteral("redcap_repeat_instance"));
    QCOMPARE(columns, fields);
    QCOMPARE(fields.front(), QStringLiteral("record_id"));
    for (const QString &f : fields)
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*$")).match(f).hasMatch(),
                 qPrintable(f));
    // One row per session, numbered per participant.
    QCOMPARE(data.size(), std::size_t(1 + 8));
    QCOMPARE(data[1][2], QStringLiteral("1"));
    QCOMPARE(data[4][2], QStringLiteral("4"));
}

void TestExporter::jsonHasOneDocumentPerSession()
{
    const QString out = exportTo(QStringLiteral("json"), QStringLiteral("json"));
    QVERIFY(!out.isEmpty());
    const QStringList files = QDir(out + QStringLiteral("/sessions")).entryList(QDir::Files);
    QCOMPARE(files.size(), 8);
    const auto doc =
        QJsonDocument::fromJson(readAll(out + QStringLiteral("/sessions/") + files[0]));
    QVERIFY(doc[QStringLiteral("trials")].toArray().size() > 30); // practice and all blocks
    QVERIFY(doc[QStringLiteral("trials")][0][QStringLiteral("stimulus")].isObject());
    QVERIFY(doc[QStringLiteral("measures")].isObject());
}

// The JSON export writes its trials as text itself: checked by reading the file back with
// QJsonDocument against the stored trials, for texts that need escaping (a quote, a backslash,
// a line break, a tab, a control character, Chinese) and stimuli that are and are not JSON
// objects.
void TestExporter::jsonTrialsHoldTheStoredTextAndStimulus()
{
    auto db = testing::openOrFail(m_dir.filePath(QStringLiteral("escapes.sqlite")));
    QVERIFY(db);
    NewSession session;
    session.participantId = ParticipantRepository(*db).add(QStringLiteral("E1"), {}).value().id;
    session.exercise = QStringLiteral("sart");
    const qint64 id = SessionRepository(*db).start(session).value();
    const std::vector<std::pair<std::string, std::string>> stored = {
        {"say \"hi\" \\ now", R"({"digit":3,"go":false,"font":[1,2]})"},
        {"line\nbreak\tand\x01", "not json"},
        {"\xe4\xb8\xad\xe6\x96\x87", "[1,2]"}};
    for (std::size_t i = 0; i < stored.size(); ++i) {
        TrialRecord t;
        t.block = 1;
        t.index = int(i);
        t.condition = stored[i].first;
        t.stimulus = stored[i].second;
        QVERIFY(TrialRepository(*db).insert(id, t));
    }
    const QString out = m_dir.filePath(QStringLiteral("escapes-json"));
    QVERIFY(ExportFormats().find(QStringLiteral("json"))->run(*db, {}, out, false));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        readAll(out + QStringLiteral("/sessions/E1_session-%1.json").arg(id)), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc[QStringLiteral("participant_id")].toString(), QStringLiteral("E1"));
    QVERIFY(doc[QStringLiteral("parameters")].isObject());
    const QJsonArray trials = doc[QStringLiteral("trials")].toArray();
    QCOMPARE(trials.size(), 3);
    QCOMPARE(trials[0][QStringLiteral("condition")].toString(),
             QStringLiteral("say \"hi\" \\ now"));
    QCOMPARE(trials[1][QStringLiteral("condition")].toString(),
             QStringLiteral("line\nbreak\tand\x01"));
    QCOMPARE(trials[2][QStringLiteral("condition")].toString(), QStringLiteral("\u4e2d\u6587"));
    QCOMPARE(trials[0][QStringLiteral("stimulus")].toObject(),
             (QJsonObject{{QStringLiteral("digit"), 3},
                          {QStringLiteral("go"), false},
                          {QStringLiteral("font"), QJsonArray{1, 2}}}));
    QCOMPARE(trials[1][QStringLiteral("stimulus")].toObject(), QJsonObject());
    QVERIFY(trials[2][QStringLiteral("stimulus")].isObject());
    QCOMPARE(trials[2][QStringLiteral("stimulus")].toObject(), QJsonObject());
    QCOMPARE(trials[1][QStringLiteral("trial_index")].toString(), QStringLiteral("1"));
    QCOMPARE(trials[1].toObject().size(), ExportColumns::trialHeader().size() + 1);
}

void TestExporter::bidsPassesTheOfficialValidator()
{
    const QString out = exportTo(QStringLiteral("bids"), QStringLiteral("bids"));
    QVERIFY(!out.isEmpty());
    QVERIFY(QFile::exists(out + QStringLiteral("/sub-SIM001/ses-1/beh/"
                                               "sub-SIM001_ses-1_task-sart_events.tsv")));
    const QByteArray events =
        readAll(out + QStringLiteral("/sub-SIM001/ses-1/beh/"
                                     "sub-SIM001_ses-1_task-sart_events.tsv"));
    QVERIFY(events.startsWith("onset\tduration\t"));
    QVERIFY(events.contains("n/a"));
    const QString validator = QStringLiteral(BIDS_VALIDATOR);
    QVERIFY2(QFile::exists(validator),
             qPrintable(QStringLiteral("%1 is missing: ./test.sh installs it").arg(validator)));
    QProcess p;
    p.start(validator, {out, QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(300000));
    const QByteArray output = p.readAllStandardOutput();
    const auto report = QJsonDocument::fromJson(output);
    QVERIFY2(report.isObject(), output.left(2000).constData());
    const QJsonArray errors = report[QStringLiteral("issues")][QStringLiteral("errors")].toArray();
    QVERIFY2(errors.isEmpty(), QJsonDocument(errors).toJson().left(3000).constData());
}

void TestExporter::badDestinationsAndCancellationLeaveNothing()
{
    // A folder that holds files is refused; forced, only if it is an earlier export.
    const QString full = m_dir.filePath(QStringLiteral("full"));
    QDir().mkpath(full);
    QFile keep(full + QStringLiteral("/keep.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    const ExportFormats formats;
    const ExportFormat &csv = *formats.find(QStringLiteral("csv"));
    auto refused = csv.run(*m_db, {}, full, false);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(full));
    auto notAnExport = csv.run(*m_db, {}, full, true);
    QVERIFY(!notAnExport);
    QVERIFY(notAnExport.error().message().contains(QStringLiteral("not an earlier Attend export")));
    QCOMPARE(QDir(full).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
    // An earlier export with a stray file: forced, it is replaced whole, not merged with.
    const QString earlier = m_dir.filePath(QStringLiteral("earlier"));
    QVERIFY(csv.run(*m_db, {}, earlier, false));
    QFile stray(earlier + QStringLiteral("/stale.csv"));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    // Beside it, what killed exports left (no owner, a dead owner) and a live one's folder.
    const auto staging = [&](const QString &name, std::optional<qint64> owner) {
        QDir().mkpath(m_dir.filePath(name));
        QFile f(m_dir.filePath(name + QStringLiteral("/.owner")));
        if (owner && f.open(QIODevice::WriteOnly))
            f.write(QByteArray::number(*owner));
    };
    staging(QStringLiteral(".attend-export-aaaaaa"), std::nullopt);
    staging(QStringLiteral(".attend-export-bbbbbb"), 2147483646); // no such process
    staging(QStringLiteral(".attend-export-cccccc"), QCoreApplication::applicationPid());
    QVERIFY(csv.run(*m_db, {}, earlier, true));
    QVERIFY(QFile::exists(earlier + QStringLiteral("/trials.csv")));
    QVERIFY(!QFile::exists(earlier + QStringLiteral("/stale.csv")));
    QCOMPARE(QDir(m_dir.path())
                 .entryList({QStringLiteral(".attend-export-*")}, QDir::Dirs | QDir::Hidden),
             QStringList{QStringLiteral(".attend-export-cccccc")});
    QDir(m_dir.filePath(QStringLiteral(".attend-export-cccccc"))).removeRecursively();
    // An unwritable destination: a clear message naming it.
    auto unwritable = ExportFormats()
                          .find(QStringLiteral("csv"))
                          ->run(*m_db, {}, QStringLiteral("/proc/attend/x"), false);
    QVERIFY(!unwritable);
    QVERIFY(unwritable.error().message().contains(QStringLiteral("/proc/attend")));
    // Cancelled half-way: the destination does not appear, no staging folder stays.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled"));
    auto stopped = ExportFormats()
                       .find(QStringLiteral("json"))
                       ->run(*m_db, {}, cancelled, false, [](int done, int) { return done < 3; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().kind(), Error::Kind::Cancelled);
    QVERIFY(!QFileInfo::exists(cancelled));
    QCOMPARE(QDir(m_dir.path())
                 .entryList({QStringLiteral(".attend-export-*")}, QDir::AllEntries | QDir::Hidden)
                 .size(),
             0);
    // An unknown participant.
    ExportSelection nobody;
    nobody.participantCodes = {QStringLiteral("NOBODY")};
    QVERIFY(!ExportFormats()
                 .find(QStringLiteral("csv"))
                 ->run(*m_db, nobody, m_dir.filePath(QStringLiteral("n")), false));
}

void TestExporter::displayNamesStayUnlessAsked()
{
    const QString without = m_dir.filePath(QStringLiteral("csv"));
    QVERIFY(!readAll(without + QStringLiteral("/sessions.csv")).contains("Ann"));
    QVERIFY(!readAll(without + QStringLiteral("/export.json")).contains("Ann"));
    ExportSelection names;
    names.includeNames = true;
    names.participantCodes = {QStringLiteral("SIM001")};
    const QString with = exportTo(QStringLiteral("csv"), QStringLiteral("named"), names);
    const auto sessions = readTable(with + QStringLiteral("/sessions.csv"));
    QCOMPARE(sessions.size(), std::size_t(4));
    QCOMPARE(sessions.front().value(QStringLiteral("display_name")),
             QStringLiteral("Ann, \"the first\""));
}

// Issue "clinician's workspace": notes and details go out with names only, read back whole.
void TestExporter::notesAndDetailsGoOutWithNamesOnly()
{
    const Participant ann = ParticipantRepository(*m_db).byCode(QStringLiteral("SIM001")).value();
    ParticipantDetails details;
    details.notes = QStringLiteral("Tired today,\nsaid \"fine\"");
    details.birthYear = 1950;
    details.handedness = QStringLiteral("left");
    QVERIFY(ParticipantRepository(*m_db).setDetails(ann.id, details));
    const qint64 first = SessionRepository(*m_db).forParticipant(ann.id).value().front().id;
    QVERIFY(SessionRepository(*m_db).setNotes(first, QStringLiteral("=1+1 was typed here")));

    ExportSelection named;
    named.includeNames = true;
    named.participantCodes = {QStringLiteral("SIM001")};
    const auto with = readTable(exportTo(QStringLiteral("csv"), QStringLiteral("notes"), named) +
                                QStringLiteral("/sessions.csv"));
    QCOMPARE(with.front().value(QStringLiteral("participant_notes")), details.notes);
    QCOMPARE(with.front().value(QStringLiteral("birth_year")), QStringLiteral("1950"));
    QCOMPARE(with.front().value(QStringLiteral("handedness")), QStringLiteral("left"));
    QCOMPARE(with.front().value(QStringLiteral("vision")), QString());
    // A note that reads as a formula is written so that a spreadsheet shows it as text.
    QVERIFY(with.front().value(QStringLiteral("session_notes")).endsWith(u"=1+1 was typed here"));
    QCOMPARE(with.at(1).value(QStringLiteral("session_notes")), QString());

    ExportSelection unnamed;
    unnamed.participantCodes = {QStringLiteral("SIM001")};
    const QString without = exportTo(QStringLiteral("csv"), QStringLiteral("nonotes"), unnamed);
    const QByteArray text = readAll(without + QStringLiteral("/sessions.csv"));
    QVERIFY(!text.contains("Tired") && !text.contains("typed here") && !text.contains("1950"));
    QVERIFY(!readTable(without + QStringLiteral("/sessions.csv"))
                 .front()
                 .contains(QStringLiteral("participant_notes")));
    const QByteArray json =
        readAll(exportTo(QStringLiteral("json"), QStringLiteral("nonotes-json"), unnamed) +
                QStringLiteral("/export.json"));
    QVERIFY(!json.contains("Tired") && !json.contains("typed here"));
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
