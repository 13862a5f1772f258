#include "storage/postgreslocation.h"

#include <QTest>

using namespace attend;

class TestPostgresLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urlsAreReadIntoTheirParts_data();
    void urlsAreReadIntoTheirParts();
    void unusableUrlsAreRefusedWithTheReason_data();
    void unusableUrlsAreRefusedWithTheReason();
};

void TestPostgresLocation::urlsAreReadIntoTheirParts_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0: none given
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("options"); // with libpq's connect_timeout, 10 s unless given
    QTest::addColumn<QString>("canonical");

    QTest::newRow("a host and a database") << "postgresql://clinic.example.org/attend"
                                           << "clinic.example.org" << 0 << "attend"
                                           << ""
                                           << "connect_timeout=10"
                                           << "postgresql://clinic.example.org/attend";
    QTest::newRow("a user, a port and TLS passed through")
        << "postgres://nurse@10.0.0.5:5433/attend?sslmode=verify-full&connect_timeout=5"
        << "10.0.0.5" << 5433 << "attend"
        << "nurse"
        << "sslmode=verify-full;connect_timeout=5"
        << "postgresql://nurse@10.0.0.5:5433/attend?sslmode=verify-full&connect_timeout=5";
    QTest::newRow("a Unix socket folder as the host setting")
        << "postgresql:///attend?host=/var/run/postgresql"
        << "/var/run/postgresql" << 0 << "attend"
        << ""
        << "connect_timeout=10"
        << "postgresql:///attend?host=/var/run/postgresql";
    QTest::newRow("a socket folder with a port and a user")
        << "postgresql://ws1@/attend?host=/tmp/pg&port=5444"
        << "/tmp/pg" << 5444 << "attend"
        << "ws1"
        << "connect_timeout=10"
        << "postgresql://ws1@/attend?host=/tmp/pg&port=5444";
}

void TestPostgresLocation::urlsAreReadIntoTheirParts()
{
    QFETCH(QString, location);
    auto parsed = PostgresLocation::parse(location);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message()));
    const PostgresLocation &l = parsed.value();
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, options);
    QFETCH(QString, canonical);
    QCOMPARE(l.host, host);
    QCOMPARE(l.port.value_or(0), port);
    QCOMPARE(l.database, database);
    QCOMPARE(l.user, user);
    QCOMPARE(l.connectOptions(), options);
    QCOMPARE(l.url(), canonical);
    QCOMPARE(PostgresLocation::parse(l.url()).value().url(), canonical); // stable
}

void TestPostgresLocation::unusableUrlsAreRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a password in the user part") << "postgresql://nurse:secret@clinic/attend"
                                                 << "~/.pgpass";
    QTest::newRow("a password as a setting") << "postgresql://clinic/attend?password=secret"
                                             << "PGPASSWORD";
    QTest::newRow("no database") << "postgresql://clinic"
                                 << "names no database";
    QTest::newRow("a misspelt setting") << "postgresql://clinic/attend?sslmod=require"
                                        << "\"sslmod\"";
    QTest::newRow("a port out of range") << "postgresql:///attend?host=/tmp&port=70000"
                                         << "\"port\"";
}

void TestPostgresLocation::unusableUrlsAreRefusedWithTheReason()
{
    QFETCH(QString, location);
    QFETCH(QString, reason);
    auto parsed = PostgresLocation::parse(location);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind(), Error::Kind::InvalidInput);
    QVERIFY2(parsed.error().message().contains(reason), qPrintable(parsed.error().message()));
    // A password typed into the URL is not repeated on screen or in a log.
    QVERIFY(!parsed.error().message().contains(QStringLiteral("secret")));
}

QTEST_GUILESS_MAIN(TestPostgresLocation)
#include "tst_postgreslocation.moc"
