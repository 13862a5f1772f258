#include "reportsummary.h"

#include "datetext.h"
#include "exerciseregistry.h"
#include "metricreasons.h"
#include "storage/sessionrepository.h"

#include <QHash>
#include <algorithm>

namespace attend {

ReportSummary::Row ReportSummary::row(const ProgressModel &model, Database &db)
{
    Row row;
    const auto &points = model.points();
    if (points.empty())
        return row;
    row.from = points.front().startedAt;
    row.to = points.back().startedAt;
    for (const auto &p : points) {
        (p.mode == SessionMode::Assessment ? row.assessments : row.training) += 1;
        if (p.level >= 0.0) {
            if (!row.firstLevel)
                row.firstLevel = p.level;
            row.lastLevel = p.level;
        }
    }
    const auto assessments = ProgressPresenter::comparableAssessments(model);
    if (!assessments.empty())
        row.firstAssessment = *assessments.front();
    if (assessments.size() > 1) // one assessment has nothing to be compared with
        row.lastAssessment = *assessments.back();
    row.change = ProgressPresenter::change(model, db);
    return row;
}

Result<QStringList> ReportSummary::flags(Database &db, const ExerciseRegistry &registry,
                                         qint64 participantId,
                                         const std::vector<const ProgressModel *> &models)
{
    QHash<qint64, const ProgressModel::Point *> points;
    for (const ProgressModel *model : models)
        for (const auto &p : model->points())
            points.insert(p.sessionId, &p);
    auto sessions = SessionRepository(db).forParticipant(participantId);
    if (!sessions)
        return sessions.error();
    QStringList flags;
    for (const SessionInfo &info : sessions.value()) {
        auto stored = SessionRepository(db).load(info.id);
        if (!stored)
            return stored.error();
        QStringList why;
        if (info.status == SessionStatus::Interrupted)
            why << tr("interrupted (the program stopped; %n trial(s) kept)", nullptr,
                      int(info.trialCount));
        if (info.status == SessionStatus::Aborted)
            why << tr("stopped early (%n trial(s) kept)", nullptr, int(info.trialCount));
        if (info.partial)
            why << tr("shorter than its protocol");
        if (const auto &pres = stored.value().presentation; pres && pres->droppedFrames > 0)
            why << tr("%n dropped frame(s)", nullptr, pres->droppedFrames);
        if (const auto *p = points.value(info.id); p && !p->ok && !p->partial)
            why << tr("no result: %1").arg(MetricReasons::translated(p->note));
        if (why.isEmpty())
            continue;
        const Exercise *exercise = registry.find(info.exercise);
        flags << tr("%1, %2: %3.")
                     .arg(exercise ? exercise->displayName() : info.exercise,
                          dateText(info.startedAt), why.join(QStringLiteral("; ")));
    }
    return flags;
}

} // namespace attend
