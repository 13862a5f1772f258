#include "participantcode.h"

#include <QTest>

using attend::ParticipantCode;

class TestParticipantCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codes_data();
    void codes();
};

void TestParticipantCode::codes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("letters and digits are accepted") << "P001" << true;
    QTest::newRow("lower case is accepted") << "abc9" << true;
    QTest::newRow("a single character is accepted") << "7" << true;
    QTest::newRow("thirty-two characters are accepted") << QString(32, u'a') << true;
    QTest::newRow("an empty code is refused") << "" << false;
    QTest::newRow("thirty-three characters are refused") << QString(33, u'a') << false;
    QTest::newRow("a space is refused") << "P 01" << false;
    QTest::newRow("a hyphen is refused (BIDS entity separator)") << "P-01" << false;
    QTest::newRow("an underscore is refused (BIDS entity separator)") << "P_01" << false;
    QTest::newRow("a Chinese character is refused") << QStringLiteral("张01") << false;
    QTest::newRow("an accented letter is refused") << QStringLiteral("Pé01") << false;
    QTest::newRow("a full-width digit is refused") << QStringLiteral("P０1") << false;
}

void TestParticipantCode::codes()
{
    QFETCH(QString, code);
    QFETCH(bool, accepted);
    const QString problem = ParticipantCode::problem(code);
    QCOMPARE(problem.isEmpty(), accepted);
}

QTEST_GUILESS_MAIN(TestParticipantCode)
#include "tst_participantcode.moc"
