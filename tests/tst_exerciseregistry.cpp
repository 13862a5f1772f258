#include "exerciseregistry.h"
#include "testexercise.h"

#include <QTest>

using namespace attend;
using testing::TestExercise;

class TestExerciseRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exercisesAreKeptInRegistrationOrder();
    void aDuplicateIdIsRefused();
};

void TestExerciseRegistry::exercisesAreKeptInRegistrationOrder()
{
    ExerciseRegistry registry;
    QVERIFY(registry.all().empty());
    QVERIFY(registry.add(std::make_unique<TestExercise>(QStringLiteral("b"))));
    QVERIFY(registry.add(std::make_unique<TestExercise>(QStringLiteral("a"))));
    QCOMPARE(registry.all().size(), std::size_t(2));
    QCOMPARE(registry.all().at(0)->id(), QStringLiteral("b"));
    QCOMPARE(registry.find(QStringLiteral("a"))->displayName(), QStringLiteral("Test exercise a"));
    QCOMPARE(registry.find(QStringLiteral("c")), nullptr);
}

void TestExerciseRegistry::aDuplicateIdIsRefused()
{
    ExerciseRegistry registry;
    QVERIFY(registry.add(std::make_unique<TestExercise>(QStringLiteral("a"))));
    QVERIFY(!registry.add(std::make_unique<TestExercise>(QStringLiteral("a"))));
    QVERIFY(!registry.add(nullptr));
    QCOMPARE(registry.all().size(), std::size_t(1));
}

QTEST_APPLESS_MAIN(TestExerciseRegistry)
#include "tst_exerciseregistry.moc"
