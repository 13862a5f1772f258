#include "attention/attentionmodel.h"
#include "storage/modelstaterepository.h"
#include "storage/participantrepository.h"
#include "testdatabase.h"
#include "teststore.h"

#include <QTest>

using namespace attend;

class TestModelStateRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weightsRoundTripThroughTheDatabase();
};

void TestModelStateRepository::weightsRoundTripThroughTheDatabase()
{
    testing::TestStore store;
    auto db = testing::openOrFail(store.location(QStringLiteral("m.sqlite")));
    QVERIFY(db);
    const qint64 p = ParticipantRepository(*db).add(QStringLiteral("P1"), {}).value().id;
    ModelStateRepository repo(*db);
    QVERIFY(!repo.load(p, QStringLiteral("search")).value().has_value());

    attention::AttentionModel model({});
    model.initialise(4);
    const auto bytes = model.serialise();
    ModelState state{
        1, QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())), 120};
    QVERIFY(repo.save(p, QStringLiteral("search"), state));
    state.trainedOn = 150; // saving again replaces
    QVERIFY(repo.save(p, QStringLiteral("search"), state));

    const auto loaded = repo.load(p, QStringLiteral("search")).value();
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->trainedOn, 150);
    QCOMPARE(loaded->modelVersion, 1);
    const std::vector<std::uint8_t> back(loaded->weights.begin(), loaded->weights.end());
    const auto restored = attention::AttentionModel::deserialise(back);
    QVERIFY(restored.has_value());
    QVERIFY(restored->parameters() == model.parameters());
    QVERIFY(!repo.load(p, QStringLiteral("sart")).value().has_value());
}

QTEST_GUILESS_MAIN(TestModelStateRepository)
#include "tst_modelstaterepository.moc"
