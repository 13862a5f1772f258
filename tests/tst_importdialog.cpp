#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "importdialog.h"
#include "sceneregistry.h"
#include "storage/participantrepository.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace attend;

// File → Import…: a preview of the trials as they would be stored, the problems in the dialog,
// and nothing stored unless the whole file is right.
class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewShowsTheFirstTrialsAndImportStoresThem();
    void aProblemIsShownAndNothingIsStored();

private:
    void fill(ImportDialog &dialog, const QString &file);
    QTemporaryDir m_dir;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
};

void TestImportDialog::initTestCase()
{
    registerBuiltInExercises(m_exercises, m_scenes);
}

void TestImportDialog::fill(ImportDialog &dialog, const QString &file)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("file"))->setText(file);
    auto *exercise = dialog.findChild<QComboBox *>(QStringLiteral("exercise"));
    exercise->setCurrentIndex(exercise->findData(QStringLiteral("sart")));
    dialog.findChild<QLineEdit *>(QStringLiteral("mapping"))
        ->setText(QStringLiteral(SOURCE_ROOT "/docs/examples/sart_pcbs.mapping.json"));
}

void TestImportDialog::previewShowsTheFirstTrialsAndImportStoresThem()
{
    auto db = testing::openOrFail(m_dir.filePath(QStringLiteral("good.sqlite")));
    QVERIFY(db);
    ImportDialog dialog(*db, m_exercises);
    fill(dialog, QStringLiteral(ATTEND_TEST_DATA "/sart_pcbs/sart_pcbs.csv"));
    QVERIFY(dialog.preview());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    QCOMPARE(table->rowCount(), 20);
    // The first row of the file: person 1, random order, a go digit pressed after 334 ms.
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("PCBS1"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("go"));
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("334.0"));
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("1060 rows")), qPrintable(summary));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("problems"))->toPlainText(),
             QStringLiteral("None."));
    dialog.importNow();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.outcome());
    QCOMPARE(dialog.outcome()->sessions, 4);
    QCOMPARE(dialog.outcome()->trials, 1060);
    QCOMPARE(ParticipantRepository(*db).list(ParticipantRepository::Which::All).value().size(), 2);
}

void TestImportDialog::aProblemIsShownAndNothingIsStored()
{
    const QString path = QStringLiteral(ATTEND_TEST_DATA "/import/sart_bad_condition.csv");
    auto db = testing::openOrFail(m_dir.filePath(QStringLiteral("bad.sqlite")));
    QVERIFY(db);
    ImportDialog dialog(*db, m_exercises);
    fill(dialog, path);
    dialog.importNow();
    QVERIFY(!dialog.outcome());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, nothing accepted
    const QString problems =
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("problems"))->toPlainText();
    QVERIFY2(problems.startsWith(QStringLiteral("sart_bad_condition.csv, line 4, column \"condition\"")),
             qPrintable(problems));
    QVERIFY(ParticipantRepository(*db).list(ParticipantRepository::Which::All).value().isEmpty());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
