#include "storage/auditrepository.h"
#include "storage/participantrepository.h"
#include "testdatabase.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QTest>

using namespace attend;
using Kind = Error::Kind;
using Which = ParticipantRepository::Which;

class TestParticipantRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addedParticipantsAreListedByCode();
    void codesAreUniqueInAnyLetterCase();
    void invalidCodesAreRefusedBeforeTheDatabase();
    void renameChangesOnlyTheDisplayName();
    void archivingHidesButKeepsAndIsAudited();
    void unknownParticipantsAreReported();
    void aCodeWrittenByOtherMeansIsRefusedWhenRead();
    void namesCannotHoldControlCharacters();
    void detailsAreStoredCheckedAndAudited_data();
    void detailsAreStoredCheckedAndAudited();

private:
    std::unique_ptr<testing::TestStore> m_store;
    std::unique_ptr<Database> m_db;
};

void TestParticipantRepository::init()
{
    m_store = std::make_unique<testing::TestStore>();
    m_db = testing::openOrFail(m_store->location(QStringLiteral("p.sqlite")));
    QVERIFY(m_db);
}

void TestParticipantRepository::cleanup()
{
    m_db.reset();
    m_store.reset();
}

void TestParticipantRepository::addedParticipantsAreListedByCode()
{
    ParticipantRepository repo(*m_db);
    QVERIFY(repo.add(QStringLiteral("P002"), QStringLiteral("  Bo  ")));
    auto first = repo.add(QStringLiteral("P001"), QString());
    QVERIFY(first);
    QVERIFY(first.value().id > 0);
    auto all = repo.list(Which::Active);
    QVERIFY(all);
    QCOMPARE(all.value().size(), 2);
    QCOMPARE(all.value().at(0).code, QStringLiteral("P001"));
    QCOMPARE(all.value().at(1).code, QStringLiteral("P002"));
    QCOMPARE(all.value().at(1).displayName, QStringLiteral("Bo")); // trimmed
    QVERIFY(all.value().at(0).createdAt.isValid());
    QCOMPARE(all.value().at(0).createdAt.timeSpec(), Qt::UTC);
}

void TestParticipantRepository::codesAreUniqueInAnyLetterCase()
{
    ParticipantRepository repo(*m_db);
    QVERIFY(repo.add(QStringLiteral("Ab1"), QString()));
    auto again = repo.add(QStringLiteral("aB1"), QString());
    QVERIFY(!again);
    QCOMPARE(again.error().kind(), Kind::Duplicate);
    QVERIFY(again.error().message().contains(QStringLiteral("Ab1")));
    QCOMPARE(repo.list(Which::All).value().size(), 1);
}

void TestParticipantRepository::invalidCodesAreRefusedBeforeTheDatabase()
{
    auto bad = ParticipantRepository(*m_db).add(QStringLiteral("sub-01"), QString());
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind(), Kind::InvalidInput);
    QCOMPARE(ParticipantRepository(*m_db).list(Which::All).value().size(), 0);
}

void TestParticipantRepository::renameChangesOnlyTheDisplayName()
{
    ParticipantRepository repo(*m_db);
    auto p = repo.add(QStringLiteral("P1"), QStringLiteral("Old"));
    QVERIFY(p);
    QVERIFY(repo.rename(p.value().id, QStringLiteral("New name")));
    auto found = repo.byCode(QStringLiteral("p1"));
    QVERIFY(found);
    QCOMPARE(found.value().code, QStringLiteral("P1"));
    QCOMPARE(found.value().displayName, QStringLiteral("New name"));
    QCOMPARE(found.value().createdAt, p.value().createdAt);
}

void TestParticipantRepository::archivingHidesButKeepsAndIsAudited()
{
    ParticipantRepository repo(*m_db);
    auto p = repo.add(QStringLiteral("P1"), QString());
    QVERIFY(repo.add(QStringLiteral("P2"), QString()));
    QVERIFY(repo.setArchived(p.value().id, true));
    QCOMPARE(repo.list(Which::Active).value().size(), 1);
    QCOMPARE(repo.list(Which::Active).value().at(0).code, QStringLiteral("P2"));
    QCOMPARE(repo.list(Which::All).value().size(), 2);
    QVERIFY(repo.byCode(QStringLiteral("P1")).value().archived);
    QVERIFY(repo.setArchived(p.value().id, false));
    QCOMPARE(repo.list(Which::Active).value().size(), 2);
    QCOMPARE(AuditRepository(*m_db).count().value(), 2); // archived, restored
}

void TestParticipantRepository::unknownParticipantsAreReported()
{
    ParticipantRepository repo(*m_db);
    QCOMPARE(repo.byCode(QStringLiteral("nobody")).error().kind(), Kind::NotFound);
    QCOMPARE(repo.rename(999, QStringLiteral("x")).error().kind(), Kind::NotFound);
    QCOMPARE(repo.setArchived(999, true).error().kind(), Kind::NotFound);
    QCOMPARE(AuditRepository(*m_db).count().value(), 0); // the failed archive left no entry
}

void TestParticipantRepository::aCodeWrittenByOtherMeansIsRefusedWhenRead()
{
    // A crafted database: the code would name export files outside the export folder.
    QVERIFY(ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE participants SET code = '../../../x'")));
    ParticipantRepository repo(*m_db);
    const auto all = repo.list(Which::All);
    QVERIFY(!all);
    QCOMPARE(all.error().kind(), Kind::Corrupt);
    QVERIFY2(all.error().message().contains(m_db->location()), qPrintable(all.error().message()));
    QCOMPARE(repo.byCode(QStringLiteral("../../../x")).error().kind(), Kind::Corrupt);
}

void TestParticipantRepository::namesCannotHoldControlCharacters()
{
    ParticipantRepository repo(*m_db);
    const QString escape = QStringLiteral("Li\x1b[2JWei");
    QCOMPARE(repo.add(QStringLiteral("P1"), escape).error().kind(), Kind::InvalidInput);
    const auto p = repo.add(QStringLiteral("P1"), QStringLiteral("Li Wei"));
    QVERIFY(p);
    QCOMPARE(repo.rename(p.value().id, QStringLiteral("a\tb")).error().kind(), Kind::InvalidInput);
    QCOMPARE(repo.byCode(QStringLiteral("P1")).value().displayName, QStringLiteral("Li Wei"));
}

void TestParticipantRepository::detailsAreStoredCheckedAndAudited_data()
{
    QTest::addColumn<int>("birthYear"); // 0: not recorded
    QTest::addColumn<QString>("handedness");
    QTest::addColumn<QString>("vision");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<bool>("stored");
    QTest::newRow("everything recorded") << 1950 << "left"
                                         << "glasses"
                                         << "Line one\nline two" << true;
    QTest::newRow("nothing recorded") << 0 << ""
                                      << ""
                                      << "" << true;
    QTest::newRow("a birth year before 1900") << 1899 << ""
                                              << ""
                                              << "" << false;
    QTest::newRow("a birth year in the future") << QDate::currentDate().year() + 1 << ""
                                                << ""
                                                << "" << false;
    QTest::newRow("an unknown handedness") << 0 << "both"
                                           << ""
                                           << "" << false;
    QTest::newRow("an unknown vision correction") << 0 << ""
                                                  << "monocle"
                                                  << "" << false;
    QTest::newRow("a terminal escape in the notes") << 0 << ""
                                                    << ""
                                                    << "a\x1b[2Jb" << false;
}

void TestParticipantRepository::detailsAreStoredCheckedAndAudited()
{
    QFETCH(int, birthYear);
    QFETCH(QString, handedness);
    QFETCH(QString, vision);
    QFETCH(QString, notes);
    QFETCH(bool, stored);
    ParticipantRepository repo(*m_db);
    const qint64 id = repo.add(QStringLiteral("P1"), QString()).value().id;
    QCOMPARE(repo.details(id).value().notes, QString()); // a new participant has none
    ParticipantDetails d{notes, birthYear ? std::optional(birthYear) : std::nullopt, handedness,
                         vision};
    QCOMPARE(repo.setDetails(id, d).ok(), stored);
    const ParticipantDetails back = repo.details(id).value();
    QCOMPARE(back.notes, stored ? notes : QString());
    QCOMPARE(back.birthYear, stored ? d.birthYear : std::nullopt);
    QCOMPARE(back.handedness, stored ? handedness : QString());
    QCOMPARE(back.vision, stored ? vision : QString());
    QCOMPARE(AuditRepository(*m_db).count().value(), stored ? 1 : 0);
    QVERIFY(!repo.details(id + 1)); // no such participant
}

QTEST_GUILESS_MAIN(TestParticipantRepository)
#include "tst_participantrepository.moc"
