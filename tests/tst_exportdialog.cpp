#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "exportdialog.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "settings.h"
#include "testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace attend;

namespace {

// Answers the next message box that opens with `button` (or just accepts it), and keeps its
// text.
void answerNextMessage(QString *text, QMessageBox::StandardButton button = QMessageBox::NoButton)
{
    QTimer::singleShot(50, [text, button] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                *text = box->text();
                if (button == QMessageBox::NoButton)
                    box->accept();
                else
                    box->button(button)->click();
                return;
            }
        answerNextMessage(text, button);
    });
}

QPushButton *exportButton(ExportDialog &dialog)
{
    for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons())
        if (b->text().contains(QStringLiteral("Export")))
            return qobject_cast<QPushButton *>(b);
    return nullptr;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsTheChosenFormatsIntoTheirFolders();
    void anEarlierExportIsReplacedOnlyWhenConfirmed();

private:
    void prepare();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
};

void TestExportDialog::prepare()
{
    if (m_db)
        return;
    m_db = testing::openOrFail(m_dir.filePath(QStringLiteral("e.sqlite")));
    QVERIFY(m_db);
    m_store = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("attend.ini")),
                                          QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_store);
    registerBuiltInExercises(m_exercises, m_scenes);
    SimulationPlan plan;
    plan.participants = 2;
    plan.sessions = 1;
    plan.exercises = {QStringLiteral("sart")};
    plan.trialLimit = 10;
    QVERIFY(TraineeSimulation(*m_db, m_exercises).run(plan, {}));
}

void TestExportDialog::exportsTheChosenFormatsIntoTheirFolders()
{
    prepare();
    ExportDialog dialog(*m_db, *m_settings, m_exercises, QStringLiteral("SIM002"));
    // Only the current participant is ticked; CSV is the default format; add JSON.
    auto lists = dialog.findChildren<QListWidget *>();
    QCOMPARE(lists.size(), 3);
    QCOMPARE(lists[0]->item(0)->checkState(), Qt::Unchecked); // SIM001
    QCOMPARE(lists[0]->item(1)->checkState(), Qt::Checked);   // SIM002
    lists[2]->item(3)->setCheckState(Qt::Checked);            // JSON
    const QString folder = m_dir.filePath(QStringLiteral("out"));
    dialog.findChild<QLineEdit *>()->setText(folder);
    QString message;
    answerNextMessage(&message);
    exportButton(dialog)->click();
    QCOMPARE(dialog.written(),
             (QStringList{folder + QStringLiteral("/csv"), folder + QStringLiteral("/json")}));
    QVERIFY(message.contains(folder));
    QVERIFY(QFile::exists(folder + QStringLiteral("/csv/trials.csv")));
    QFile sessions(folder + QStringLiteral("/csv/sessions.csv"));
    QVERIFY(sessions.open(QIODevice::ReadOnly));
    const QByteArray text = sessions.readAll();
    QVERIFY(text.contains("SIM002") && !text.contains("SIM001"));
    // The next export starts from these choices, in a new folder beside this one; names are
    // asked for anew.
    ExportDialog next(*m_db, *m_settings, m_exercises, QString());
    auto again = next.findChildren<QListWidget *>();
    QCOMPARE(again[2]->item(0)->checkState(), Qt::Checked); // CSV
    QCOMPARE(again[2]->item(3)->checkState(), Qt::Checked); // JSON
    QCOMPARE(again[2]->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(QFileInfo(next.findChild<QLineEdit *>()->text()).dir().path(), m_dir.path());
    for (const QCheckBox *box : next.findChildren<QCheckBox *>()) // names, a start date
        QVERIFY(!box->isChecked());
}

// csv/ holds the first test's export: replaced only when the person says so. A folder of other
// files is never replaced.
void TestExportDialog::anEarlierExportIsReplacedOnlyWhenConfirmed()
{
    prepare();
    ExportDialog dialog(*m_db, *m_settings, m_exercises, QString());
    const QString folder = m_dir.filePath(QStringLiteral("out"));
    dialog.findChild<QLineEdit *>()->setText(folder);
    QFile stale(folder + QStringLiteral("/csv/stale.txt")); // not in a new export
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    QString question;
    answerNextMessage(&question, QMessageBox::No);
    exportButton(dialog)->click();
    QVERIFY2(question.contains(folder + QStringLiteral("/csv")), qPrintable(question));
    QVERIFY(dialog.written().isEmpty());
    QVERIFY(QFile::exists(stale.fileName()));

    QString done;
    answerNextMessage(&question, QMessageBox::Yes);
    QTimer::singleShot(100, [&done] { answerNextMessage(&done); });
    exportButton(dialog)->click();
    QVERIFY(done.contains(folder));
    // The formats of the last export (CSV and JSON, both there): both replaced.
    QCOMPARE(dialog.written(),
             (QStringList{folder + QStringLiteral("/csv"), folder + QStringLiteral("/json")}));
    QVERIFY(!QFile::exists(stale.fileName())); // replaced whole, not merged with
    QVERIFY(QFile::exists(folder + QStringLiteral("/csv/trials.csv")));

    const QString others = m_dir.filePath(QStringLiteral("others"));
    QVERIFY(QDir().mkpath(others + QStringLiteral("/csv")));
    QFile keep(others + QStringLiteral("/csv/keep.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    ExportDialog again(*m_db, *m_settings, m_exercises, QString());
    again.findChild<QLineEdit *>()->setText(others);
    QString message;
    answerNextMessage(&message);
    exportButton(again)->click();
    QVERIFY(again.written().isEmpty());
    QVERIFY2(message.contains(QStringLiteral("not an earlier Attend export")), qPrintable(message));
    QVERIFY(QFile::exists(keep.fileName()));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
