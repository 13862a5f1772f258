#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace attend {

// One screen of a trial, held for a whole number of frames (DESIGN.md §4: durations are counted
// in frames, not in timer milliseconds).
struct Phase
{
    QString name;          // the scene paints by name, e.g. "fixation", "stimulus", "mask"
    int frames = 0;        // 0: until a response or the deadline
    bool stimulus = false; // the photodiode marker is white during stimulus phases
};

// Everything needed to show and score one trial; built by Exercise::nextTrial.
struct TrialSpec
{
    int block = 0; // 0 = practice
    int index = 0; // within the block, from 0
    bool practice = false;
    QString condition;
    double difficulty = 0.0;
    QJsonObject stimulus; // every stimulus parameter, stored with the trial
    std::vector<Phase> phases;
    int deadlineFrames = 0;    // counted from onset; 0 = none
    bool endOnResponse = true; // a response ends the trial (otherwise all phases run)
    // A trial with a late frame is stored flagged Repeated and shown again, for paradigms whose
    // result rests on exact display times.
    bool repeatIfLate = false;
    QStringList keys; // keys that count as a response; others are ignored
    // When set, a second answer follows the first (e.g. where, after what): the first key moves
    // the trial to its last phase, which asks for one of these; the response is "first+second"
    // and the reaction time is the first key's.
    QStringList secondKeys;

    // Index of the first stimulus phase: its first frame is the onset. -1 if there is none.
    int onsetPhase() const;
};

// A duration in whole frames at `refreshHz` (at least one): paradigms give milliseconds, the
// screen shows frames (DESIGN.md §4).
int framesFor(double ms, double refreshHz);

} // namespace attend
