#include "settings.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace attend;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aServerIsKeptAsItsUrlNeverWithAPassword_data();
    void aServerIsKeptAsItsUrlNeverWithAPassword();
};

void TestSettingsDialog::aServerIsKeptAsItsUrlNeverWithAPassword_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kept"); // empty: refused, the earlier value stays
    QTest::addColumn<QString>("message");
    QTest::newRow("a file") << "/data/attend.sqlite"
                            << "/data/attend.sqlite"
                            << "";
    QTest::newRow("a server") << " postgresql://ws_room1@clinic/attend "
                              << "postgresql://ws_room1@clinic/attend"
                              << "";
    QTest::newRow("a server with a password") << "postgresql://ws_room1:secret@clinic/attend"
                                              << ""
                                              << "~/.pgpass";
    QTest::newRow("a server without a database") << "postgresql://clinic"
                                                 << ""
                                                 << "names no database";
}

void TestSettingsDialog::aServerIsKeptAsItsUrlNeverWithAPassword()
{
    QFETCH(QString, typed);
    QFETCH(QString, kept);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("attend.ini")), QSettings::IniFormat);
    Settings settings(store);
    settings.setDataLocation(QStringLiteral("/before.sqlite"));
    SettingsDialog dialog(settings);
    auto *field = dialog.findChild<QLineEdit *>();
    QVERIFY(field);
    QCOMPARE(field->text(), QStringLiteral("/before.sqlite"));
    field->setText(typed);
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    dialog.accept();
    QCOMPARE(settings.dataLocation(), kept.isEmpty() ? QStringLiteral("/before.sqlite") : kept);
    QCOMPARE(dialog.result(), kept.isEmpty() ? int(QDialog::Rejected) : int(QDialog::Accepted));
    QVERIFY2(message.isEmpty() ? shown.isEmpty() : shown.contains(message), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("secret")));
    store.sync();
    QFile ini(dir.filePath(QStringLiteral("attend.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("secret"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
