#pragma once

#include "progresspresenter.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>
#include <vector>

namespace attend {

class ExerciseRegistry;

// The first page of a participant's report (issue #26): what was done in each exercise, the
// first and latest assessment of its key measure with their intervals and the change between
// them, the training level at the start and the end, and the sessions a clinician should look
// at. Read from the stored measures (ProgressModel); nothing is recomputed.
class ReportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummary)

public:
    struct Row
    {
        int assessments = 0, training = 0; // completed sessions of each mode
        QDateTime from, to;                // the first and the last session's start
        // The first and latest full assessment whose key measure has a value.
        std::optional<ProgressModel::Point> firstAssessment, lastAssessment;
        std::optional<ProgressPresenter::Change> change; // points into the model it came from
        std::optional<double> firstLevel, lastLevel;     // training sessions' level reached
    };

    static Row row(const ProgressModel &model, Database &db);
    // Every session that needs a clinician's look, in time order, a sentence each: stopped
    // early or by a crash, dropped frames, shorter than its protocol, a key measure without a
    // value (with the reason). `models`: the participant's loaded progress, one per exercise.
    static Result<QStringList> flags(Database &db, const ExerciseRegistry &registry,
                                     qint64 participantId,
                                     const std::vector<const ProgressModel *> &models);
};

} // namespace attend
