#include "linuxscheduling.h"

#include <QDir>
#include <QFile>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace attend {

namespace {

// Qt's X11 event reader: a key press passes through this thread before the GUI thread stamps
// it, so a delay here is an error in the RT (measured with tests/bench/timing.sh under load).
const QByteArray kInputThreadName = QByteArrayLiteral("QXcbEventQueue");

// A signal handler reaches no object: the threads it must demote are kept here. Atomic, so the
// handler reads whole values whenever it runs.
std::array<std::atomic<pid_t>, 2> realtimeThreads{};

// SIGXCPU from RLIMIT_RTTIME: a loop at real-time priority has run past the soft limit without
// blocking. Back to normal priority; the rest of the session carries on there.
void demoteRunaway(int)
{
    const int savedErrno = errno;
    for (std::atomic<pid_t> &thread : realtimeThreads)
        if (const pid_t tid = thread.exchange(0); tid != 0) {
            const sched_param normal{};
            sched_setscheduler(tid, SCHED_OTHER, &normal); // a plain system call: signal-safe
        }
    errno = savedErrno;
}

// The calling thread first, then the window system's input thread where there is one.
std::vector<pid_t> sessionThreads()
{
    std::vector<pid_t> threads{gettid()};
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == kInputThreadName)
            threads.push_back(pid_t(task.toInt()));
    }
    threads.resize(std::min(threads.size(), realtimeThreads.size()));
    return threads;
}

// The first refusal's error number; the calling thread's answer decides.
template <typename Call> std::optional<int> forEachThread(Call call)
{
    std::optional<int> refused;
    for (const pid_t tid : sessionThreads())
        if (call(tid) != 0 && !refused)
            refused = errno;
    return refused;
}

} // namespace

std::optional<int> LinuxScheduling::setRealtime(int priority)
{
    sched_param param{};
    param.sched_priority = priority;
    std::size_t slot = 0;
    const auto refused = forEachThread([&](pid_t tid) {
        const int rc = sched_setscheduler(tid, SCHED_FIFO | SCHED_RESET_ON_FORK, &param);
        if (rc == 0)
            realtimeThreads[slot++] = tid;
        return rc;
    });
    if (refused)
        (void)setNormal(); // all or nothing
    return refused;
}

std::optional<int> LinuxScheduling::setNormal()
{
    for (std::atomic<pid_t> &thread : realtimeThreads)
        thread = 0;
    const sched_param normal{};
    return forEachThread([&](pid_t tid) { return sched_setscheduler(tid, SCHED_OTHER, &normal); });
}

std::optional<int> LinuxScheduling::setNice(int value)
{
    // With a thread id, setpriority sets that thread's nice value on Linux.
    return forEachThread([&](pid_t tid) { return setpriority(PRIO_PROCESS, id_t(tid), value); });
}

int LinuxScheduling::nice() const
{
    errno = 0;
    const int value = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 ? value : 0; // it cannot fail for the calling thread; 0 is the default
}

void LinuxScheduling::guardRealtime(std::chrono::milliseconds soft, std::chrono::milliseconds hard)
{
    struct sigaction action
    {
    };
    action.sa_handler = demoteRunaway;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGXCPU, &action, nullptr);

    rlimit limit{};
    getrlimit(RLIMIT_RTTIME, &limit);
    // Lowering a limit is always allowed; raising the hard one is not, so never above it.
    const auto us = [](std::chrono::milliseconds ms) { return rlim_t(ms.count()) * 1000; };
    limit.rlim_max = std::min(limit.rlim_max, us(hard));
    limit.rlim_cur = std::min(limit.rlim_max, us(soft));
    setrlimit(RLIMIT_RTTIME, &limit);
}

} // namespace attend
