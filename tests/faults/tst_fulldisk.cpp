#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A full disk (issue #27's fault suite), on a small tmpfs mounted for the test — so it runs as
// root, and says why it is skipped otherwise. A session that fills the disk stops with a message
// that names the disk and keeps every trial committed before it; an export onto the full disk
// fails naming its destination and leaves no part of itself.
class TestFullDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aSessionThatFillsTheDiskKeepsWhatWasSaved();
    void anExportOntoAFullDiskLeavesNothing();

private:
    // attend-cli's exit code, its error output in `err`.
    int cli(const QStringList &arguments, QString *err = nullptr) const;

    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;
};

void TestFullDisk::initTestCase()
{
    m_mount = m_dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(m_mount));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=600k"), QStringLiteral("tmpfs"), m_mount});
    mount.waitForFinished(10000);
    m_mounted = mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    if (!m_mounted)
        QSKIP(qPrintable(QStringLiteral("a full disk needs a small tmpfs mounted, which needs "
                                        "root (%1)")
                             .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
}

void TestFullDisk::cleanupTestCase()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_mount});
}

int TestFullDisk::cli(const QStringList &arguments, QString *err) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(ATTEND_CLI), arguments);
    p.waitForFinished(300000);
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestFullDisk::aSessionThatFillsTheDiskKeepsWhatWasSaved()
{
    const QString db = m_mount + QStringLiteral("/full.sqlite");
    QString err;
    QCOMPARE(
        cli({QStringLiteral("--db"), db, QStringLiteral("simulate"),
             QStringLiteral("--participants"), QStringLiteral("4"), QStringLiteral("--sessions"),
             QStringLiteral("2"), QStringLiteral("--exercise"), QStringLiteral("sart")},
            &err),
        2);
    QVERIFY2(err.contains(QStringLiteral("The disk holding %1 is full.").arg(db)), qPrintable(err));
    // What was committed is there and sound, read by SQLite itself.
    {
        QSqlDatabase sqlite =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("full"));
        sqlite.setDatabaseName(db);
        sqlite.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(sqlite.open());
        QSqlQuery q(sqlite);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM trials")) && q.next());
        QVERIFY2(q.value(0).toInt() > 20, qPrintable(q.value(0).toString()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("full"));
}

void TestFullDisk::anExportOntoAFullDiskLeavesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("roomy.sqlite")); // not on the small disk
    QCOMPARE(
        cli({QStringLiteral("--db"), db, QStringLiteral("simulate"),
             QStringLiteral("--participants"), QStringLiteral("2"), QStringLiteral("--sessions"),
             QStringLiteral("2"), QStringLiteral("--exercise"), QStringLiteral("sart")}),
        0);
    // Whatever room the disk has left is taken first.
    QFile filler(m_mount + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    const QString out = m_mount + QStringLiteral("/export");
    QString err;
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--out"), out},
                 &err),
             2);
    QVERIFY2(err.contains(out), qPrintable(err));
    QVERIFY2(!QFileInfo::exists(out), qPrintable(QDir(out).entryList().join(u' ')));
    const QStringList left =
        QDir(m_mount).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(left.filter(QStringLiteral("export")).isEmpty(), qPrintable(left.join(u' ')));
    QVERIFY(filler.remove());
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
