// A clinic's server (issue #23): the clinician and workstation roles as the server enforces
// them, workstations writing at once, and the one-line messages for a wrong password, a server
// that does not answer and a database of a newer Attend. Runs only against the test server
// (ctest's postgres fixture).

#include "attention/attentionmodel.h"
#include "clirun.h"
#include "session/sessionrunner.h"
#include "storage/modelstaterepository.h"
#include "storage/participantrepository.h"
#include "storage/schema.h"
#include "storage/serverroles.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "storage/trialspool.h"
#include "testdatabase.h"
#include "testexercise.h"
#include "teststore.h"
#include "virtualparticipant.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace attend;
using Kind = Error::Kind;

namespace {

using Run = testing::CliRun;
using testing::runCli;

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aWorkstationRunsSessionsButReadsNoNames();
    void aWorkstationCannotAddExportOrCheck();
    void twoWorkstationsWritingAtOnceStoreEveryTrialOnce();
    void aDroppedConnectionLosesAndDuplicatesNoTrial();
    void aSessionGoesOnWhileTheServerIsAway();
    void aSessionEndedWhileTheServerIsAwayArrivesLater();
    void theBreakIsShownBeforeTheServerIsTriedAgain();
    void connectionProblemsGiveOneLineAndExitTwo_data();
    void connectionProblemsGiveOneLineAndExitTwo();
    void aWorkstationConnectsOverTcpOnlyWithVerifiedTls_data();
    void aWorkstationConnectsOverTcpOnlyWithVerifiedTls();

private:
    // The clinic database as `user` (an Attend location).
    QString as(const QString &user) const;
    bool admin(const QString &sql) const;
    // pgserver.sh `action` (pause: the server stopped; resume: started again).
    bool server(const QString &action) const;
    // A training-free assessment of the TestExercise on the workstation connection, its trials
    // kept in `spool` while the server is away.
    std::unique_ptr<SessionRunner> startRun(Database &ws, const testing::TestExercise &exercise,
                                            const QJsonArray &blocks, const QString &spool);

    std::unique_ptr<testing::TestStore> m_store;
    QString m_server;   // the maintenance database, as the server's administrator
    QString m_location; // the clinic's database, as the server's administrator
    QString m_suffix;   // login roles belong to the whole server: unique per run
};

void TestServerRoles::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ATTEND_TEST_POSTGRES"))
        QSKIP("needs the test server: run through ctest (tst_serverroles_postgres)");
    m_store = std::make_unique<testing::TestStore>();
    m_server = m_store->serverLocation();
    m_location = m_store->location(QStringLiteral("clinic"));
    QVERIFY(!m_location.isEmpty());
    auto db = testing::openOrFail(m_location);
    QVERIFY(db);
    QVERIFY(ServerRoles::init(*db));
    QVERIFY(ServerRoles::init(*db)); // again, as after an upgrade: no harm
    QVERIFY(ParticipantRepository(*db).add(QStringLiteral("P001"), QStringLiteral("Ann Lee")));
    QVERIFY(ParticipantRepository(*db).add(QStringLiteral("CRASH"), {}));
    m_suffix = QString::number(QCoreApplication::applicationPid());
    // Each person's log-in, in the password file libpq reads (the test server's, copied).
    QFile pgpass(qEnvironmentVariable("PGPASSFILE"));
    QVERIFY(pgpass.open(QIODevice::ReadOnly));
    QByteArray lines = pgpass.readAll();
    for (const char *who : {"ws", "dr"}) {
        const QString role = QLatin1String(who) + m_suffix;
        QVERIFY(admin(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw%1' IN ROLE %2")
                .arg(role, QLatin1String(who == QByteArray("ws") ? ServerRoles::kWorkstation
                                                                 : ServerRoles::kClinician))));
        lines += QStringLiteral("*:*:*:%1:pw%1\n").arg(role).toUtf8();
    }
    QFile mine(m_store->folder() + QStringLiteral("/pgpass"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write(lines);
    mine.close();
    mine.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    qputenv("PGPASSFILE", mine.fileName().toLocal8Bit());
}

void TestServerRoles::cleanupTestCase()
{
    if (!m_store)
        return;
    m_store.reset(); // drops the databases, and with them the roles' rights
    for (const char *who : {"ws", "dr"})
        admin(QStringLiteral("DROP ROLE IF EXISTS %1%2").arg(QLatin1String(who), m_suffix));
    QSqlDatabase::removeDatabase(QStringLiteral("roles-admin"));
}

QString TestServerRoles::as(const QString &user) const
{
    QUrl url(m_location);
    url.setUserName(user + m_suffix);
    return url.toString(QUrl::PrettyDecoded);
}

bool TestServerRoles::admin(const QString &sql) const
{
    const QString name = QStringLiteral("roles-admin");
    const QUrl server(m_server);
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QUrlQuery(server).queryItemValue(QStringLiteral("host")));
    db.setPort(QUrlQuery(server).queryItemValue(QStringLiteral("port")).toInt());
    db.setDatabaseName(server.path().mid(1));
    db.setUserName(server.userName());
    if (!db.isOpen() && !db.open())
        return false;
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

void TestServerRoles::aWorkstationRunsSessionsButReadsNoNames()
{
    auto ws = testing::openOrFail(as(QStringLiteral("ws")));
    QVERIFY(ws);
    QVERIFY(!ws->clinicianRights());
    const auto people = ParticipantRepository(*ws).list(ParticipantRepository::Which::All);
    QVERIFY2(people, qPrintable(people ? QString() : people.error().message()));
    QCOMPARE(people.value().size(), 2);
    QCOMPARE(people.value().at(1).code, QStringLiteral("P001"));
    QCOMPARE(people.value().at(1).displayName, QString()); // not even read
    // The server itself refuses the name, not only Attend's query.
    QSqlQuery direct(ws->connection());
    QVERIFY(!direct.exec(QStringLiteral("SELECT display_name FROM participants")));
    QVERIFY(direct.lastError().text().contains(QStringLiteral("permission denied")));

    // A whole session: start, trials, the model's state, timing, finish.
    NewSession s;
    s.participantId = people.value().at(1).id;
    s.exercise = QStringLiteral("sart");
    const auto session = SessionRepository(*ws).start(s);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    TrialRecord t;
    t.onsetNs = 1'000'000;
    t.responseNs = 400'000'000;
    t.correct = true;
    QVERIFY(TrialRepository(*ws).insert(session.value(), t));
    attention::AttentionModel model({});
    model.initialise(4);
    const auto bytes = model.serialise();
    QVERIFY(ModelStateRepository(*ws).save(
        s.participantId, s.exercise,
        {1, QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())), 1}));
    QVERIFY(SessionRepository(*ws).finish(session.value(), SessionStatus::Completed, {}));

    auto dr = testing::openOrFail(as(QStringLiteral("dr")));
    QVERIFY(dr);
    QVERIFY(dr->clinicianRights());
    QCOMPARE(ParticipantRepository(*dr).byCode(QStringLiteral("P001")).value().displayName,
             QStringLiteral("Ann Lee"));
    QCOMPARE(SessionRepository(*dr).load(session.value()).value().status, SessionStatus::Completed);
}

void TestServerRoles::aWorkstationCannotAddExportOrCheck()
{
    // A refused statement in a transaction is freed after the rollback, when the server will:
    // before, Qt's driver printed this on stderr (Database::m_failedInTransaction).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Unable to free statement")));
    const QString ws = as(QStringLiteral("ws"));
    auto db = testing::openOrFail(ws);
    QVERIFY(db);
    const auto added = ParticipantRepository(*db).add(QStringLiteral("P009"), {});
    QVERIFY(!added);
    QCOMPARE(added.error().kind(), Kind::AccessDenied);
    QVERIFY(!ParticipantRepository(*db).setArchived(
        ParticipantRepository(*db).byCode(QStringLiteral("P001")).value().id, true));

    const QString out = m_store->folder() + QStringLiteral("/out");
    const QList<std::pair<QStringList, QString>> refused = {
        {{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
          QStringLiteral("--out"), out},
         QStringLiteral("export needs the clinician role")},
        {{QStringLiteral("check")}, QStringLiteral("check needs the clinician role")},
        {{QStringLiteral("participants"), QStringLiteral("add"), QStringLiteral("P010")},
         QStringLiteral("not allowed for this user")},
    };
    for (const auto &[args, message] : refused) {
        const Run run = runCli(QStringList{QStringLiteral("--db"), ws} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1); // one line
    }
    QVERIFY(!QFileInfo::exists(out));
    // The clinician may.
    QCOMPARE(
        runCli({QStringLiteral("--db"), as(QStringLiteral("dr")), QStringLiteral("export"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out})
            .exitCode,
        0);
}

// ... while a clinician exports: the export reads a consistent state and never blocks them.
void TestServerRoles::twoWorkstationsWritingAtOnceStoreEveryTrialOnce()
{
    const int each = 10000;
    QProcess first, second;
    for (QProcess *writer : {&first, &second}) {
        writer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer->setStandardOutputFile(QProcess::nullDevice());
        writer->start(QStringLiteral(CRASHWRITER),
                      {as(QStringLiteral("ws")), QString::number(each)});
    }
    QTest::qWait(300);
    const Run exported =
        runCli({QStringLiteral("--db"), as(QStringLiteral("dr")), QStringLiteral("export"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                m_store->folder() + QStringLiteral("/meanwhile")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(first.state() == QProcess::Running || second.state() == QProcess::Running,
             "the writers ended before the export: it ran beside nothing");
    for (QProcess *writer : {&first, &second}) {
        QVERIFY(writer->waitForFinished(300000));
        QCOMPARE(writer->exitCode(), 0);
    }
    auto db = testing::openOrFail(m_location);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT s.id, count(*), count(DISTINCT t.trial_index), min(t.trial_index), "
                       "max(t.trial_index) FROM trials t JOIN sessions s ON s.id = t.session_id "
                       "WHERE s.exercise = 'crash' GROUP BY s.id ORDER BY s.id")));
    int sessions = 0;
    while (q.next()) {
        ++sessions;
        QCOMPARE(q.value(1).toInt(), each);
        QCOMPARE(q.value(2).toInt(), each);
        QCOMPARE(q.value(3).toInt(), 0);
        QCOMPARE(q.value(4).toInt(), each - 1);
    }
    QCOMPARE(sessions, 2);
}

// The connection cut after a trial was committed (its answer lost, as far as Attend knows), then
// the server stopped for 5 s mid-session: the trial in flight is kept by the caller (the run
// window asks to try again) and stored once the server is back; nothing is stored twice.
void TestServerRoles::aDroppedConnectionLosesAndDuplicatesNoTrial()
{
    auto ws = testing::openOrFail(as(QStringLiteral("ws")));
    QVERIFY(ws);
    NewSession s;
    s.participantId = ParticipantRepository(*ws).byCode(QStringLiteral("P001")).value().id;
    s.exercise = QStringLiteral("sart");
    const qint64 session = SessionRepository(*ws).start(s).value();
    const auto trial = [](int index) {
        TrialRecord t;
        t.index = index;
        t.onsetNs = qint64(index) * 1'000'000'000;
        return t;
    };
    QVERIFY(TrialRepository(*ws).insert(session, trial(0)));
    const auto cut = [&] {
        return admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE usename = 'ws%1'")
                         .arg(m_suffix));
    };
    QVERIFY(cut());
    const auto again = TrialRepository(*ws).insert(session, trial(0)); // already there
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
    QVERIFY(cut());
    QVERIFY(TrialRepository(*ws).insert(session, trial(1))); // new: stored
    QCOMPARE(ws->reconnections(), 2);
    QVERIFY(cut());
    // A read on a lost connection is answered at once, on a new one.
    QVERIFY(ParticipantRepository(*ws).byCode(QStringLiteral("P001")));
    QCOMPARE(ws->reconnections(), 3);

    QVERIFY(server(QStringLiteral("pause")));
    const auto down = TrialRepository(*ws).insert(session, trial(2));
    QVERIFY(!down);
    QCOMPARE(down.error().kind(), Kind::Unreachable);
    QVERIFY2(down.error().message().contains(QStringLiteral("cannot be reached")),
             qPrintable(down.error().message()));
    QTest::qWait(5000);
    QVERIFY(!ParticipantRepository(*ws).byCode(QStringLiteral("P001")));
    QVERIFY(server(QStringLiteral("resume")));
    // The program goes on without a restart: the next statement opens the connection again.
    QVERIFY(ParticipantRepository(*ws).byCode(QStringLiteral("P001")));
    QVERIFY(TrialRepository(*ws).insert(session, trial(2)));     // the kept trial, now stored
    QSqlDatabase::removeDatabase(QStringLiteral("roles-admin")); // its server went away too

    const auto stored = TrialRepository(*ws).forSession(session);
    QVERIFY(stored);
    QCOMPARE(stored.value().size(), std::size_t(3));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(stored.value()[std::size_t(i)].index, i);
}

bool TestServerRoles::server(const QString &action) const
{
    const QString build = qEnvironmentVariable("ATTEND_TEST_POSTGRES") + QStringLiteral("/..");
    return QProcess::execute(QStringLiteral("bash"), {QStringLiteral(PGSERVER), action, build}) ==
           0;
}

std::unique_ptr<SessionRunner> TestServerRoles::startRun(Database &ws,
                                                         const testing::TestExercise &exercise,
                                                         const QJsonArray &blocks,
                                                         const QString &spool)
{
    auto runner = std::make_unique<SessionRunner>(ws, exercise);
    SessionRunner::Options options;
    options.instructions = false;
    options.practice = false;
    options.seed = 7;
    options.resamples = 200;
    options.parameterOverrides = {{QStringLiteral("blocks"), blocks}};
    options.spoolLocation = spool;
    const qint64 person = ParticipantRepository(ws).byCode(QStringLiteral("P001")).value().id;
    if (auto started = runner->start(person, SessionMode::Assessment, options); !started) {
        qWarning("%s", qPrintable(started.error().message()));
        return nullptr;
    }
    return runner;
}

// The server stopped for 5 s mid-session (issue #23): the session goes on, its trials kept on
// this computer; the first trial 10 s of session time after the server went away finds it
// back and sends them; every trial is stored once and the session ends as usual.
void TestServerRoles::aSessionGoesOnWhileTheServerIsAway()
{
    auto ws = testing::openOrFail(as(QStringLiteral("ws")));
    QVERIFY(ws);
    const testing::TestExercise exercise;
    const QString spool = m_store->folder() + QStringLiteral("/away.sqlite");
    auto runner = startRun(*ws, exercise, {6, 10}, spool);
    QVERIFY(runner);
    QSignalSpy spooling(runner.get(), &SessionRunner::spoolingChanged);
    testing::VirtualParticipant person; // trial k at k s of session time
    const auto answer = [&] {
        const auto done = runner->completeTrial(person.answer(runner->currentTrial(), true));
        if (!done)
            qWarning("%s", qPrintable(done.error().message()));
        return bool(done);
    };
    for (int k = 1; k <= 2; ++k)
        QVERIFY(answer());
    QVERIFY(server(QStringLiteral("pause")));
    QSqlDatabase::removeDatabase(QStringLiteral("roles-admin")); // its server went away too
    for (int k = 3; k <= 6; ++k)
        QVERIFY(answer());
    QVERIFY(runner->spooling());
    QCOMPARE(spooling.count(), 1);
    QCOMPARE(runner->state(), SessionRunner::State::Break);
    QVERIFY(runner->proceed());
    QVERIFY(answer()); // k = 7
    QTest::qWait(5000);
    QVERIFY(server(QStringLiteral("resume")));
    // Kept since k = 3 (3.45 s): tried again, and sent, at k = 13.
    for (int k = 8; k <= 12; ++k)
        QVERIFY(answer());
    QVERIFY(runner->spooling());
    QVERIFY(answer());
    QVERIFY(!runner->spooling());
    QCOMPARE(spooling.count(), 2);
    // Marked as in progress again, on the new connection (another program sees the mark).
    auto other = testing::openOrFail(as(QStringLiteral("ws")));
    QVERIFY(other && other->sessionHeld(runner->sessionId()));
    while (runner->state() == SessionRunner::State::Block)
        QVERIFY(answer());
    QCOMPARE(runner->state(), SessionRunner::State::Summary);

    const StoredSession stored = SessionRepository(*ws).load(runner->sessionId()).value();
    QCOMPARE(stored.status, SessionStatus::Completed);
    const auto trials = TrialRepository(*ws).forSession(runner->sessionId()).value();
    QCOMPARE(trials.size(), std::size_t(16));
    for (std::size_t i = 0; i < trials.size(); ++i) {
        QCOMPARE(trials[i].block, i < 6 ? 1 : 2);
        QCOMPARE(trials[i].index, int(i < 6 ? i : i - 6));
        QCOMPARE(*trials[i].onsetNs, qint64(i + 1) * 1'000'000'000 + 200'000);
    }
    QCOMPARE(TrialSpool::open(spool).value()->waiting().value(), 0);
}

// At the end of a block the break screen comes first and the server is tried after it, so that
// the person reads the break while a server that does not answer is waited for (up to its
// connect_timeout), not the last trial; when the try sends the kept trials, the break screen
// loses its server line (the run window follows spoolingChanged).
void TestServerRoles::theBreakIsShownBeforeTheServerIsTriedAgain()
{
    auto ws = testing::openOrFail(as(QStringLiteral("ws")));
    QVERIFY(ws);
    const testing::TestExercise exercise;
    auto runner =
        startRun(*ws, exercise, {3, 3}, m_store->folder() + QStringLiteral("/break.sqlite"));
    QVERIFY(runner);
    QStringList events;
    QObject::connect(runner.get(), &SessionRunner::stateChanged, runner.get(),
                     [&events](SessionRunner::State state) {
                         if (state == SessionRunner::State::Break)
                             events << QStringLiteral("break");
                     });
    QObject::connect(runner.get(), &SessionRunner::spoolingChanged, runner.get(),
                     [&events](bool spooling) {
                         events << (spooling ? QStringLiteral("kept") : QStringLiteral("sent"));
                     });
    testing::VirtualParticipant person; // trial k at k s: no try within the block (10 s)
    QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    QVERIFY(server(QStringLiteral("pause")));
    QSqlDatabase::removeDatabase(QStringLiteral("roles-admin"));
    QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    QVERIFY(server(QStringLiteral("resume")));
    QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    QCOMPARE(events, (QStringList{QStringLiteral("kept"), QStringLiteral("break"),
                                  QStringLiteral("sent")}));
    QCOMPARE(runner->state(), SessionRunner::State::Break);
    QCOMPARE(TrialRepository(*ws).forSession(runner->sessionId()).value().size(), std::size_t(3));
}

// The session's last trials and its end kept while the server is away: the summary is shown
// all the same, and the next start of the program on this computer sends them.
void TestServerRoles::aSessionEndedWhileTheServerIsAwayArrivesLater()
{
    const QString spool = m_store->folder() + QStringLiteral("/ended.sqlite");
    qint64 session = 0;
    {
        auto ws = testing::openOrFail(as(QStringLiteral("ws")));
        QVERIFY(ws);
        const testing::TestExercise exercise;
        auto runner = startRun(*ws, exercise, {4}, spool);
        QVERIFY(runner);
        session = runner->sessionId();
        testing::VirtualParticipant person;
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
        QVERIFY(server(QStringLiteral("pause")));
        QSqlDatabase::removeDatabase(QStringLiteral("roles-admin"));
        for (int k = 2; k <= 4; ++k)
            QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), k != 4)));
        QCOMPARE(runner->state(), SessionRunner::State::Summary);
        QVERIFY(runner->spooling());
        QCOMPARE(runner->summary().front().value, 0.75); // 3 of 4 right
    }
    QVERIFY(server(QStringLiteral("resume")));
    auto ws = testing::openOrFail(as(QStringLiteral("ws")));
    QVERIFY(ws);
    QCOMPARE(SessionRepository(*ws).load(session).value().status, SessionStatus::Running);
    const auto sent = TrialSpool::sendWaiting(*ws, spool);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message()));
    QCOMPARE(sent.value().trials, 3);
    const StoredSession stored = SessionRepository(*ws).load(session).value();
    QCOMPARE(stored.status, SessionStatus::Completed);
    QCOMPARE(stored.summary.value(QStringLiteral("accuracy"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
             0.75);
    QCOMPARE(TrialRepository(*ws).forSession(session).value().size(), std::size_t(4));
    QCOMPARE(TrialSpool::sendWaiting(*ws, spool).value().trials, 0); // nothing twice
    QCOMPARE(TrialRepository(*ws).forSession(session).value().size(), std::size_t(4));
}

void TestServerRoles::connectionProblemsGiveOneLineAndExitTwo_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("message");
    QTest::newRow("a wrong password") << "password"
                                      << "did not accept the user or password";
    QTest::newRow("a server that does not answer") << "unreachable"
                                                   << "cannot be reached";
    QTest::newRow("a database of a newer Attend") << "newer"
                                                  << "written by a newer version";
    QTest::newRow("an older database a workstation may not upgrade")
        << "older"
        << "ask the server's administrator to run \"attend-cli server init\"";
}

void TestServerRoles::connectionProblemsGiveOneLineAndExitTwo()
{
    QFETCH(QString, problem);
    QFETCH(QString, message);
    QString location = as(QStringLiteral("dr"));
    if (problem == u"password") {
        QVERIFY(admin(QStringLiteral("CREATE ROLE nopw%1 LOGIN PASSWORD 'right'").arg(m_suffix)));
        QUrl url(location);
        url.setUserName(QStringLiteral("nopw") + m_suffix);
        location = url.toString(QUrl::PrettyDecoded);
        qputenv("PGPASSWORD", "wrong"); // the file has no line for this user
    } else if (problem == u"unreachable") {
        location =
            QStringLiteral("postgresql:///attend?host=%1&connect_timeout=2").arg(m_store->folder());
    } else if (problem == u"older") {
        Database::Options previous;
        previous.targetVersion = Schema::latestVersion() - 1;
        auto db = testing::openOrFail(m_store->location(QStringLiteral("older")), previous);
        QVERIFY(db && ServerRoles::init(*db));
        QUrl url(db->location());
        url.setUserName(QStringLiteral("ws") + m_suffix);
        location = url.toString(QUrl::PrettyDecoded);
    } else {
        location = m_store->location(QStringLiteral("newer"));
        auto db = testing::openOrFail(location);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE attend_schema SET version = %1")
                           .arg(Schema::latestVersion() + 1)));
    }
    // A command that writes, as a workstation's session does.
    const Run run = runCli({QStringLiteral("--db"), location, QStringLiteral("sessions"),
                            QStringLiteral("close-interrupted")});
    qunsetenv("PGPASSWORD");
    if (problem == u"password")
        admin(QStringLiteral("DROP ROLE nopw%1").arg(m_suffix));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

void TestServerRoles::aWorkstationConnectsOverTcpOnlyWithVerifiedTls_data()
{
    QTest::addColumn<QString>("settings"); // {ca}: the server's CA; {other}: another CA
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    QTest::newRow("verify-full with the clinic's CA certificate")
        << "sslmode=verify-full&sslrootcert={ca}&connect_timeout=5" << 0 << "P001";
    QTest::newRow("without TLS, which the server's hostnossl line refuses")
        << "sslmode=disable" << 2 << "does not accept this connection";
    QTest::newRow("verify-full with a CA that did not sign the server's certificate")
        << "sslmode=verify-full&sslrootcert={other}" << 2 << "could not be verified over TLS";
}

// docs/clinic.md's network set-up, as the test server has it (tests/postgres/pgserver.sh): TCP
// at 127.0.0.1 with hostssl/hostnossl lines, a certificate for localhost signed by the clinic's
// own CA, and a workstation's URL with sslmode=verify-full. Over TCP the server takes nothing
// but TLS, so listing the participants proves the encrypted, verified connection.
void TestServerRoles::aWorkstationConnectsOverTcpOnlyWithVerifiedTls()
{
    QFETCH(QString, settings);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QFile tcp(qEnvironmentVariable("ATTEND_TEST_POSTGRES") + QStringLiteral("/tcp"));
    QVERIFY(tcp.open(QIODevice::ReadOnly));
    const QStringList server = QString::fromUtf8(tcp.readAll()).simplified().split(u' ');
    QCOMPARE(server.size(), 3); // port, the CA's certificate, another CA's
    QUrl url(as(QStringLiteral("ws")));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(server[0].toInt());
    url.setQuery(settings.replace(QStringLiteral("{ca}"), server[1])
                     .replace(QStringLiteral("{other}"), server[2]));
    const Run run = runCli({QStringLiteral("--db"), url.toString(QUrl::PrettyDecoded),
                            QStringLiteral("participants"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    QVERIFY2((exitCode == 0 ? run.out : run.err).contains(output), qPrintable(run.out + run.err));
    if (exitCode != 0)
        QCOMPARE(run.err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
