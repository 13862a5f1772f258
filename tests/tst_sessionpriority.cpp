#include "fakescheduling.h"
#include "stringlist.h"
#include "timing/linuxscheduling.h"
#include "timing/sessionpriority.h"

#include <QElapsedTimer>
#include <QTest>
#include <cstring>
#include <sched.h>
#include <sys/resource.h>
#include <thread>

using namespace attend;
using testing::FakeScheduling;
using testing::strings;
using Level = PriorityGrant::Level;

class TestSessionPriority : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realTimeIsAskedFirstAndGivenBackOnce();
    void refusedRealTimeFallsBackToANiceValue();
    void refusedBothCarriesOnAtNormalPriorityAndSaysWhy();
    void anAlreadyHighNiceValueIsKeptAndNotGivenBack();
    void theGrantRoundTripsThroughThePlatformRecord();
    void onThisMachineTheThreadReallyChangesPolicy();
    void aRunawayLoopAtRealTimePriorityIsDemoted();
};

void TestSessionPriority::realTimeIsAskedFirstAndGivenBackOnce()
{
    FakeScheduling system;
    {
        SessionPriority priority(system);
        const PriorityGrant grant = priority.raise();
        QCOMPARE(grant.level, Level::Realtime);
        QCOMPARE(grant.value, 10);
        QVERIFY(grant.refused.isEmpty());
        priority.raise(); // while raised: no second request
        priority.release();
        priority.release(); // nothing left to give back
        QVERIFY(!priority.raised());
        priority.raise();
    } // the destructor gives back what the second raise obtained
    QCOMPARE(system.calls, strings({"guard 1000 2000", "realtime 10", "normal", "guard 1000 2000",
                                    "realtime 10", "normal"}));
}

void TestSessionPriority::refusedRealTimeFallsBackToANiceValue()
{
    FakeScheduling system;
    system.allowRealtime = false;
    system.niceValue = 5;
    SessionPriority priority(system);
    const PriorityGrant grant = priority.raise();
    QCOMPARE(grant.level, Level::Nice);
    QCOMPARE(grant.value, -10);
    QCOMPARE(grant.refused,
             QStringLiteral("SCHED_FIFO: ") + QString::fromLocal8Bit(strerror(EPERM)));
    priority.release();
    QCOMPARE(system.niceValue, 5); // the nice value it had before
    QCOMPARE(system.calls, strings({"guard 1000 2000", "realtime 10", "nice -10", "nice 5"}));
}

void TestSessionPriority::refusedBothCarriesOnAtNormalPriorityAndSaysWhy()
{
    FakeScheduling system;
    system.allowRealtime = false;
    system.allowNice = false;
    SessionPriority priority(system);
    const PriorityGrant grant = priority.raise();
    QCOMPARE(grant.level, Level::Normal);
    QVERIFY(!priority.raised());
    QCOMPARE(grant.refused, QStringLiteral("SCHED_FIFO: %1; nice: %2")
                                .arg(QString::fromLocal8Bit(strerror(EPERM)),
                                     QString::fromLocal8Bit(strerror(EACCES))));
    priority.release();
    QCOMPARE(system.calls, strings({"guard 1000 2000", "realtime 10", "nice -10"}));
    QVERIFY(grant.describe().contains(QStringLiteral("normal priority")));
}

void TestSessionPriority::anAlreadyHighNiceValueIsKeptAndNotGivenBack()
{
    FakeScheduling system;
    system.allowRealtime = false;
    system.niceValue = -15;
    SessionPriority priority(system);
    const PriorityGrant grant = priority.raise();
    QCOMPARE(grant.level, Level::Nice);
    QCOMPARE(grant.value, -15);
    priority.release();
    QCOMPARE(system.niceValue, -15);
    QCOMPARE(system.calls, strings({"guard 1000 2000", "realtime 10"}));
}

void TestSessionPriority::theGrantRoundTripsThroughThePlatformRecord()
{
    PriorityGrant grant;
    grant.level = Level::Nice;
    grant.value = -10;
    grant.refused = QStringLiteral("SCHED_FIFO: Operation not permitted");
    const QJsonObject platform{{QStringLiteral("scheduling"), grant.toJson()}};
    const auto back = PriorityGrant::fromPlatform(platform);
    QVERIFY(back);
    QCOMPARE(back->level, grant.level);
    QCOMPARE(back->value, grant.value);
    QCOMPARE(back->refused, grant.refused);
    QVERIFY(!PriorityGrant::fromPlatform({})); // a session recorded before: nothing to show
    QVERIFY(!PriorityGrant::fromPlatform(
        {{QStringLiteral("scheduling"), QJsonObject{{QStringLiteral("level"), 3}}}}));
}

// The real system calls, observed through the kernel's own answer (sched_getscheduler,
// getpriority) rather than through the class's.
void TestSessionPriority::onThisMachineTheThreadReallyChangesPolicy()
{
    std::thread([] {
        LinuxScheduling system;
        SessionPriority priority(system);
        const int niceBefore = getpriority(PRIO_PROCESS, id_t(gettid()));
        const PriorityGrant grant = priority.raise();
        switch (grant.level) {
        case Level::Realtime: {
            QCOMPARE(sched_getscheduler(0) & ~SCHED_RESET_ON_FORK, SCHED_FIFO);
            sched_param param{};
            sched_getparam(0, &param);
            QCOMPARE(param.sched_priority, SessionPriority::kRealtimePriority);
            break;
        }
        case Level::Nice:
            QCOMPARE(getpriority(PRIO_PROCESS, id_t(gettid())), grant.value);
            break;
        case Level::Normal:
            QCOMPARE(sched_getscheduler(0), SCHED_OTHER);
            break;
        }
        priority.release();
        QCOMPARE(sched_getscheduler(0), SCHED_OTHER);
        QCOMPARE(getpriority(PRIO_PROCESS, id_t(gettid())), niceBefore);
    }).join();
}

void TestSessionPriority::aRunawayLoopAtRealTimePriorityIsDemoted()
{
    bool granted = false, demoted = false;
    std::thread([&] {
        using namespace std::chrono_literals;
        LinuxScheduling system;
        system.guardRealtime(200ms, 5000ms);
        granted = !system.setRealtime(SessionPriority::kRealtimePriority);
        if (!granted)
            return;
        // Spins without blocking; the soft limit's SIGXCPU drops the thread to normal. The
        // wall-clock bound only ends the test if it never comes (the hard limit would first).
        QElapsedTimer spinning;
        spinning.start();
        while (sched_getscheduler(0) != SCHED_OTHER && spinning.elapsed() < 4000) {
        }
        demoted = sched_getscheduler(0) == SCHED_OTHER;
        (void)system.setNormal();
    }).join();
    if (!granted)
        QSKIP("this process may not use real-time priority");
    QVERIFY(demoted);
}

QTEST_GUILESS_MAIN(TestSessionPriority)
#include "tst_sessionpriority.moc"
