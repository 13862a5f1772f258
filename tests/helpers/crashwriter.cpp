// Test helper for tst_crashsafety: writes trials to a database as fast as it can and prints
// "committed <index>" after each insert has returned, until it is killed — or, given a count
// (tst_serverroles: workstations writing at once), writes that many trials into a session of
// its own and exits.

#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include <QCoreApplication>
#include <cstdio>

using namespace attend;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: crashwriter DB [COUNT]\n");
        return 1;
    }
    const qint64 count = argc == 3 ? QByteArray(argv[2]).toLongLong() : -1;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "crashwriter: %s\n", qPrintable(db.error().message()));
        return 2;
    }
    Database &d = *db.value();
    auto participant = ParticipantRepository(d).byCode(QStringLiteral("CRASH"));
    if (!participant)
        participant = ParticipantRepository(d).add(QStringLiteral("CRASH"), QString());
    if (!participant) // another writer added it meanwhile
        participant = ParticipantRepository(d).byCode(QStringLiteral("CRASH"));
    if (!participant) {
        std::fprintf(stderr, "crashwriter: %s\n", qPrintable(participant.error().message()));
        return 2;
    }
    NewSession session;
    session.participantId = participant.value().id;
    session.exercise = QStringLiteral("crash");
    auto sessionId = SessionRepository(d).start(session);
    if (!sessionId)
        return 2;
    auto existing = TrialRepository(d).count();
    if (!existing)
        return 2;
    // Indices continue across runs so that every trial ever reported is distinguishable.
    const qint64 first = count < 0 ? existing.value() : 0;
    for (qint64 index = first; count < 0 || index < count; ++index) {
        TrialRecord t;
        t.index = int(index);
        t.onsetNs = index * 1'000'000;
        t.responseNs = *t.onsetNs + 300'000'000;
        t.response = "space";
        t.correct = true;
        if (!TrialRepository(d).insert(sessionId.value(), t)) {
            std::fprintf(stderr, "crashwriter: insert failed\n");
            return 2;
        }
        std::printf("committed %lld\n", static_cast<long long>(index));
        std::fflush(stdout);
    }
    return 0;
}
