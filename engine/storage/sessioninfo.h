#pragma once

#include <QDateTime>
#include <QString>

namespace attend {

enum class SessionMode { Assessment, Training };
enum class SessionStatus { Running, Completed, Aborted, Interrupted };

QString storedName(SessionMode mode);
QString storedName(SessionStatus status);
// The status a stored name gives; an unknown one reads as interrupted.
SessionStatus sessionStatusFrom(const QString &stored);

struct SessionInfo
{
    qint64 id = 0;
    qint64 participantId = 0;
    QString participantCode;
    QString exercise;
    SessionMode mode = SessionMode::Assessment;
    SessionStatus status = SessionStatus::Running;
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // UTC, invalid while running
    qint64 trialCount = 0;
    bool partial = false; // cut short of its protocol (a trial limit): not a full session
};

// What the participant overview flags (per participant): when they last had a session and how
// many of their sessions need a clinician's look.
struct ParticipantActivity
{
    QDateTime lastStartedAt; // UTC; invalid without sessions
    int interrupted = 0;     // sessions closed as interrupted
    int timingProblems = 0;  // sessions that dropped frames
    int failedEstimates = 0; // completed sessions whose key measure has no value
};

} // namespace attend
