#include "linuxscheduling.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

namespace attend {

namespace {

// A signal handler reaches no object: the thread it must demote is kept here. Atomic, so the
// handler reads a whole value whenever it runs.
std::atomic<pid_t> realtimeThread{0};

// SIGXCPU from RLIMIT_RTTIME: a loop at real-time priority has run past the soft limit without
// blocking. Back to normal priority; the rest of the session carries on there.
void demoteRunaway(int)
{
    const int savedErrno = errno;
    if (const pid_t tid = realtimeThread.exchange(0); tid != 0) {
        const sched_param normal{};
        sched_setscheduler(tid, SCHED_OTHER, &normal); // a plain system call: signal-safe
    }
    errno = savedErrno;
}

std::optional<int> failure(int rc)
{
    return rc == 0 ? std::nullopt : std::optional<int>(errno);
}

} // namespace

std::optional<int> LinuxScheduling::setRealtime(int priority)
{
    sched_param param{};
    param.sched_priority = priority;
    // pid 0 is the calling thread on Linux.
    const auto refused = failure(sched_setscheduler(0, SCHED_FIFO | SCHED_RESET_ON_FORK, &param));
    if (!refused)
        realtimeThread = gettid();
    return refused;
}

std::optional<int> LinuxScheduling::setNormal()
{
    realtimeThread = 0;
    const sched_param normal{};
    return failure(sched_setscheduler(0, SCHED_OTHER, &normal));
}

std::optional<int> LinuxScheduling::setNice(int value)
{
    // With a thread id, setpriority sets that thread's nice value on Linux.
    return failure(setpriority(PRIO_PROCESS, id_t(gettid()), value));
}

int LinuxScheduling::nice() const
{
    errno = 0;
    const int value = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 ? value : 0;
}

void LinuxScheduling::guardRealtime(std::chrono::milliseconds soft, std::chrono::milliseconds hard)
{
    struct sigaction action{};
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
